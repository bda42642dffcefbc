fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_589824:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_589824:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_64:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_64:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_64:array<f32>;
@group(0) @binding(7)var<storage,read_write>data6_589824:array<f32>;
@group(0) @binding(8)var<storage,read_write>data7_64:array<f32>;
@compute @workgroup_size(2,16,4) fn E_128_4_3_2_16_4_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 4 */
  var gidx2 = i32(gindex.z); /* 128 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var lidx2 = i32(lindex.z); /* 4 */
  var alu0 = ((gidx0*12)+(lidx2*3)+(gidx1*576)+(lidx1*36)+(gidx2*4608)+(lidx0*2304));
  var alu1 = (alu0+1);
  var val0 = data1_589824[alu1];
  var alu2 = (alu0+2);
  var val1 = data1_589824[alu2];
  var val2 = data1_589824[alu0];
  var alu3 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<4u)));
  var val3 = data2_64[alu3];
  var val4 = data3_64[alu3];
  var val5 = data4_64[alu3];
  var val6 = data5_64[alu3];
  var val7 = data6_589824[alu1];
  var val8 = data6_589824[alu2];
  var val9 = data6_589824[alu0];
  var val10 = data7_64[alu3];
  var alu4 = (1/sqrt((val6+9.999999747378752e-06f)));
  var alu5 = (1/(1.0f+exp2((val0*-1.4426950216293335f))));
  var alu6 = (1/(1.0f+exp2((val1*-1.4426950216293335f))));
  var alu7 = (1/(1.0f+exp2((val2*-1.4426950216293335f))));
  var alu8 = ((((val0*alu5)-val3)*val4*2.0f)+(val5*alu4*val7)+val10);
  var alu9 = ((((val1*alu6)-val3)*val4*2.0f)+(val5*alu4*val8)+val10);
  var alu10 = ((((val2*alu7)-val3)*val4*2.0f)+(val5*alu4*val9)+val10);
  data0_589824[alu1] = ((alu5*alu8)+(val0*alu8*alu5*(1.0f-alu5)));
  data0_589824[alu2] = ((alu6*alu9)+(val1*alu9*alu6*(1.0f-alu6)));
  data0_589824[alu0] = ((alu7*alu10)+(val2*alu10*alu7*(1.0f-alu7)));
}
