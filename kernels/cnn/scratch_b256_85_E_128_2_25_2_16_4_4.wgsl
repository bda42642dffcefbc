fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_3276800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_32:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@group(0) @binding(7)var<storage,read_write>data6_3276800:array<f32>;
@group(0) @binding(8)var<storage,read_write>data7_32:array<f32>;
@compute @workgroup_size(2,16,4) fn E_128_2_25_2_16_4_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 25 */
  var gidx1 = i32(gindex.y); /* 2 */
  var gidx2 = i32(gindex.z); /* 128 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var lidx2 = i32(lindex.z); /* 4 */
  var alu0 = (bitcast<i32>((bitcast<u32>(gidx0)<<4u))+bitcast<i32>((bitcast<u32>(lidx2)<<2u))+(gidx1*6400)+(lidx1*400)+(gidx2*25600)+(lidx0*12800));
  var val0 = data1_3276800[alu0];
  var alu1 = (alu0+1);
  var val1 = data1_3276800[alu1];
  var alu2 = (alu0+2);
  var val2 = data1_3276800[alu2];
  var alu3 = (alu0+3);
  var val3 = data1_3276800[alu3];
  var alu4 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<4u)));
  var val4 = data2_32[alu4];
  var val5 = data3_32[alu4];
  var val6 = data4_32[alu4];
  var val7 = data5_32[alu4];
  var val8 = data6_3276800[alu0];
  var val9 = data6_3276800[alu1];
  var val10 = data6_3276800[alu2];
  var val11 = data6_3276800[alu3];
  var val12 = data7_32[alu4];
  var alu5 = (1/sqrt((val7+9.999999747378752e-06f)));
  var alu6 = (1/(1.0f+exp2((val0*-1.4426950216293335f))));
  var alu7 = (1/(1.0f+exp2((val1*-1.4426950216293335f))));
  var alu8 = (1/(1.0f+exp2((val2*-1.4426950216293335f))));
  var alu9 = (1/(1.0f+exp2((val3*-1.4426950216293335f))));
  var alu10 = ((((val0*alu6)-val4)*val5*2.0f)+(val6*alu5*val8)+val12);
  var alu11 = ((((val1*alu7)-val4)*val5*2.0f)+(val6*alu5*val9)+val12);
  var alu12 = ((((val2*alu8)-val4)*val5*2.0f)+(val6*alu5*val10)+val12);
  var alu13 = ((((val3*alu9)-val4)*val5*2.0f)+(val6*alu5*val11)+val12);
  data0_3276800[alu0] = ((alu6*alu10)+(val0*alu10*alu6*(1.0f-alu6)));
  data0_3276800[alu1] = ((alu7*alu11)+(val1*alu11*alu7*(1.0f-alu7)));
  data0_3276800[alu2] = ((alu8*alu12)+(val2*alu12*alu8*(1.0f-alu8)));
  data0_3276800[alu3] = ((alu9*alu13)+(val3*alu13*alu9*(1.0f-alu9)));
}
