fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_147456:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_589824:array<f32>;
@compute @workgroup_size(32,3) fn r_1536_32_3_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 1536 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 3 */
  var alu0 = ((gidx0*384)+(lidx0*12)+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  var val0 = data1_589824[(alu0+1)];
  var val1 = data1_589824[(alu0+6)];
  var val2 = data1_589824[(alu0+7)];
  var val3 = data1_589824[alu0];
  var alu1 = select(val3,val0,(val3<val0));
  var alu2 = select(alu1,val1,(alu1<val1));
  var alu3 = select(alu2,val2,(alu2<val2));
  data0_147456[(lidx1+(gidx0*96)+(lidx0*3))] = alu3;
}
