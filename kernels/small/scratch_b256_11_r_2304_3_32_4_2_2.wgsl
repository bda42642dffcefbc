fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_884736:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@compute @workgroup_size(32,4) fn r_2304_3_32_4_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 2304 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 4 */
  var cast0 = bitcast<u32>(gidx0);
  var alu0 = (bitcast<i32>((cast0<<3u))+bitcast<i32>((bitcast<u32>(lidx1)<<1u))+(gidx1*1536)+(lidx0*48));
  var val0 = data1_3538944[alu0];
  var val1 = data1_3538944[(alu0+1)];
  var val2 = data1_3538944[(alu0+24)];
  var val3 = data1_3538944[(alu0+25)];
  var alu1 = select(val0,val1,(val0<val1));
  var alu2 = select(alu1,val2,(alu1<val2));
  var alu3 = select(alu2,val3,(alu2<val3));
  data0_884736[(lidx1+bitcast<i32>((cast0<<2u))+(gidx1*384)+(lidx0*12))] = alu3;
}
