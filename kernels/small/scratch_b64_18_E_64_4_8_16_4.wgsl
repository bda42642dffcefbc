fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_131072:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_131072:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_32:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(8,16) fn E_64_4_8_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 4 */
  var gidx1 = i32(gindex.y); /* 64 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 16 */
  var cast0 = bitcast<u32>(gidx0);
  var alu0 = (bitcast<i32>((cast0<<9u))+bitcast<i32>((bitcast<u32>(lidx0)<<6u))+bitcast<i32>((bitcast<u32>(lidx1)<<2u))+bitcast<i32>((bitcast<u32>(gidx1)<<11u)));
  var val0 = data1_131072[alu0];
  var alu1 = (alu0+1);
  var val1 = data1_131072[alu1];
  var alu2 = (alu0+2);
  var val2 = data1_131072[alu2];
  var alu3 = (alu0+3);
  var val3 = data1_131072[alu3];
  var alu4 = (lidx0+bitcast<i32>((cast0<<3u)));
  var val4 = data2_32[alu4];
  var val5 = data3_32[alu4];
  var val6 = data4_32[alu4];
  var val7 = data5_32[alu4];
  var alu5 = (1/sqrt((val6+9.999999747378752e-06f)));
  data0_131072[alu0] = ((((val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))))-val4)*val5*alu5)+val7);
  data0_131072[alu1] = ((((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val4)*val5*alu5)+val7);
  data0_131072[alu2] = ((((val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))))-val4)*val5*alu5)+val7);
  data0_131072[alu3] = ((((val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))))-val4)*val5*alu5)+val7);
}
