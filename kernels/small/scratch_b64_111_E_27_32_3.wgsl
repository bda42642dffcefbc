fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2592:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_2592:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_1:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_2592:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_1:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_2592:array<f32>;
@group(0) @binding(7)var<storage,read_write>data6_1:array<f32>;
@compute @workgroup_size(32) fn E_27_32_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 27 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = ((gidx0*96)+(lidx0*3));
  var alu1 = (alu0+1);
  var val0 = data1_2592[alu1];
  var alu2 = (alu0+2);
  var val1 = data1_2592[alu2];
  var val2 = data1_2592[alu0];
  var val3 = data2_1[0];
  var val4 = data3_2592[alu1];
  var val5 = data3_2592[alu2];
  var val6 = data3_2592[alu0];
  var val7 = data4_1[0];
  var val8 = data5_2592[alu1];
  var val9 = data5_2592[alu2];
  var val10 = data5_2592[alu0];
  var val11 = data6_1[0];
  var alu3 = (1/(1.0f-val11));
  var alu4 = (1.0f-val7);
  data0_2592[alu1] = (val0-(val3*val4*(1/(alu4*(sqrt((val8*alu3))+9.99999993922529e-09f)))));
  data0_2592[alu2] = (val1-(val3*val5*(1/(alu4*(sqrt((val9*alu3))+9.99999993922529e-09f)))));
  data0_2592[alu0] = (val2-(val3*val6*(1/(alu4*(sqrt((val10*alu3))+9.99999993922529e-09f)))));
}
