fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_884736:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_884736:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_24:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_24:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_24:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_24:array<f32>;
@compute @workgroup_size(8,16) fn E_64_3_12_8_16_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 12 */
  var gidx1 = i32(gindex.y); /* 3 */
  var gidx2 = i32(gindex.z); /* 64 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 16 */
  var alu0 = ((gidx0*48)+(lidx1*3)+(gidx1*4608)+(lidx0*576)+(gidx2*13824));
  var alu1 = (alu0+1);
  var val0 = data1_884736[alu1];
  var alu2 = (alu0+2);
  var val1 = data1_884736[alu2];
  var val2 = data1_884736[alu0];
  var alu3 = (lidx0+bitcast<i32>((bitcast<u32>(gidx1)<<3u)));
  var val3 = data2_24[alu3];
  var val4 = data3_24[alu3];
  var val5 = data4_24[alu3];
  var val6 = data5_24[alu3];
  var alu4 = (1/sqrt((val5+9.999999747378752e-06f)));
  data0_884736[alu1] = ((((val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))))-val3)*val4*alu4)+val6);
  data0_884736[alu2] = ((((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val3)*val4*alu4)+val6);
  data0_884736[alu0] = ((((val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))))-val3)*val4*alu4)+val6);
}
