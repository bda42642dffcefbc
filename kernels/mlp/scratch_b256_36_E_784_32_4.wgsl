fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_100352:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_100352:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_1:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_100352:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_1:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_100352:array<f32>;
@group(0) @binding(7)var<storage,read_write>data6_1:array<f32>;
@compute @workgroup_size(32) fn E_784_32_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 784 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = (bitcast<i32>((bitcast<u32>(gidx0)<<7u))+bitcast<i32>((bitcast<u32>(lidx0)<<2u)));
  var val0 = data1_100352[alu0];
  var alu1 = (alu0+1);
  var val1 = data1_100352[alu1];
  var alu2 = (alu0+2);
  var val2 = data1_100352[alu2];
  var alu3 = (alu0+3);
  var val3 = data1_100352[alu3];
  var val4 = data2_1[0];
  var val5 = data3_100352[alu0];
  var val6 = data3_100352[alu1];
  var val7 = data3_100352[alu2];
  var val8 = data3_100352[alu3];
  var val9 = data4_1[0];
  var val10 = data5_100352[alu0];
  var val11 = data5_100352[alu1];
  var val12 = data5_100352[alu2];
  var val13 = data5_100352[alu3];
  var val14 = data6_1[0];
  var alu4 = (1/(1.0f-val14));
  var alu5 = (1.0f-val9);
  data0_100352[alu0] = (val0-(val4*val5*(1/(alu5*(sqrt((val10*alu4))+9.99999993922529e-09f)))));
  data0_100352[alu1] = (val1-(val4*val6*(1/(alu5*(sqrt((val11*alu4))+9.99999993922529e-09f)))));
  data0_100352[alu2] = (val2-(val4*val7*(1/(alu5*(sqrt((val12*alu4))+9.99999993922529e-09f)))));
  data0_100352[alu3] = (val3-(val4*val8*(1/(alu5*(sqrt((val13*alu4))+9.99999993922529e-09f)))));
}
