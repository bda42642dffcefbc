fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_32768:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_131072:array<f32>;
@compute @workgroup_size(32,4) fn r_256_32_4_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 256 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 4 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<u32>(lidx0);
  var alu0 = (bitcast<i32>((cast0<<9u))+bitcast<i32>((cast1<<4u))+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  var val0 = data1_131072[alu0];
  var val1 = data1_131072[(alu0+1)];
  var val2 = data1_131072[(alu0+8)];
  var val3 = data1_131072[(alu0+9)];
  var alu1 = select(val0,val1,(val0<val1));
  var alu2 = select(alu1,val2,(alu1<val2));
  var alu3 = select(alu2,val3,(alu2<val3));
  data0_32768[(lidx1+bitcast<i32>((cast0<<7u))+bitcast<i32>((cast1<<2u)))] = alu3;
}
