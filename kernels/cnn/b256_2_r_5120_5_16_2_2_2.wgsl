fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_819200:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@compute @workgroup_size(16,2) fn r_5120_5_16_2_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 5120 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 2 */
  var cast0 = bitcast<u32>(gidx0);
  buf0_0 = (f32(-INFINITY));
  for (var Ridx0 = 0; Ridx0 < 2; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 2; Ridx1++) {
      var val0 = data1_3276800[((gidx1*640)+(lidx0*40)+(Ridx0*20)+bitcast<i32>((cast0<<2u))+bitcast<i32>((bitcast<u32>(lidx1)<<1u))+Ridx1)];
      var val1 = buf0_0;
      var alu1 = select(val1,val0,(val1<val0));
      buf0_0 = alu1;
    }
  }
  data0_819200[(lidx1+bitcast<i32>((cast0<<1u))+(gidx1*160)+(lidx0*10))] = buf0_0;
}
