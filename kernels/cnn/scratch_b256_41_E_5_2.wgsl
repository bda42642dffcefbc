fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_10:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_10:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_1:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_1:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_10:array<f32>;
@group(0) @binding(7)var<storage,read_write>data6_1:array<f32>;
@compute @workgroup_size(2) fn E_5_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx0 = i32(lindex.x); /* 2 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var val0 = data1_10[alu0];
  var val1 = data2_1[0];
  var val2 = data3_10[alu0];
  var val3 = data4_1[0];
  var val4 = data5_10[alu0];
  var val5 = data6_1[0];
  data0_10[alu0] = (val0-(val1*val2*(1/((1.0f-val3)*(sqrt((val4*(1/(1.0f-val5))))+9.99999993922529e-09f)))));
}
