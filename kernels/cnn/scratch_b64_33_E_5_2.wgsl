fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_10:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_10:array<f32>;
@compute @workgroup_size(2) fn E_5_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx0 = i32(lindex.x); /* 2 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var val0 = data0_10[alu0];
  var val1 = data1_10[alu0];
  data0_10[alu0] = ((0.9990000128746033f*val0)+(0.0010000000474974513f*val1*val1));
}
