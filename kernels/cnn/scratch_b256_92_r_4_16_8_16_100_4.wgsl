fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_8192:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@compute @workgroup_size(8,16) fn r_4_16_8_16_100_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 16 */
  var gidx1 = i32(gindex.y); /* 4 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 100; Ridx0++) {
    var alu1 = ((gidx1*3200)+(lidx0*400)+bitcast<i32>((bitcast<u32>(Ridx0)<<2u))+(gidx0*204800)+(lidx1*12800));
    var val0 = data1_3276800[(alu1+1)];
    var val1 = data1_3276800[(alu1+2)];
    var val2 = data1_3276800[(alu1+3)];
    var val3 = data1_3276800[alu1];
    buf0_0 = (buf0_0+val3+val0+val1+val2);
  }
  data0_8192[(lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<4u))+bitcast<i32>((bitcast<u32>(gidx1)<<11u))+bitcast<i32>((bitcast<u32>(lidx0)<<8u)))] = buf0_0;
}
