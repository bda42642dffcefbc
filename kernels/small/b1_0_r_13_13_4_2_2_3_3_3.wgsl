fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_8112:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_784:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_108:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_12:array<f32>;
@compute @workgroup_size(4,2,2) fn r_13_13_4_2_2_3_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 13 */
  var gidx1 = i32(gindex.y); /* 13 */
  var lidx1 = i32(lindex.y); /* 2 */
  var lidx2 = i32(lindex.z); /* 2 */
  var alu0 = (lidx2+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var alu1 = (alu0+(gidx1*56)+(lidx1*28));
  var val0 = data1_784[alu1];
  var val1 = data1_784[(alu1+1)];
  var val2 = data1_784[(alu1+2)];
  var val3 = data1_784[(alu1+28)];
  var val4 = data1_784[(alu1+29)];
  var val5 = data1_784[(alu1+30)];
  var val6 = data1_784[(alu1+56)];
  var val7 = data1_784[(alu1+57)];
  var val8 = data1_784[(alu1+58)];
  var lidx0 = i32(lindex.x); /* 4 */
  var alu2 = (lidx0*27);
  var val9 = data2_108[(alu2+1)];
  var val10 = data2_108[(alu2+2)];
  var val11 = data2_108[(alu2+3)];
  var val12 = data2_108[(alu2+4)];
  var val13 = data2_108[(alu2+5)];
  var val14 = data2_108[(alu2+6)];
  var val15 = data2_108[(alu2+7)];
  var val16 = data2_108[(alu2+8)];
  var val17 = data2_108[(alu2+9)];
  var val18 = data2_108[(alu2+10)];
  var val19 = data2_108[(alu2+11)];
  var val20 = data2_108[(alu2+12)];
  var val21 = data2_108[(alu2+13)];
  var val22 = data2_108[(alu2+14)];
  var val23 = data2_108[(alu2+15)];
  var val24 = data2_108[(alu2+16)];
  var val25 = data2_108[(alu2+17)];
  var val26 = data2_108[(alu2+18)];
  var val27 = data2_108[(alu2+19)];
  var val28 = data2_108[(alu2+20)];
  var val29 = data2_108[(alu2+21)];
  var val30 = data2_108[(alu2+22)];
  var val31 = data2_108[(alu2+23)];
  var val32 = data2_108[(alu2+24)];
  var val33 = data2_108[(alu2+25)];
  var val34 = data2_108[(alu2+26)];
  var val35 = data2_108[alu2];
  var alu3 = (lidx0*3);
  var val36 = data3_12[(alu3+1)];
  var val37 = data3_12[(alu3+2)];
  var val38 = data3_12[alu3];
  var alu4 = (alu0+(gidx1*52)+(lidx1*26)+(lidx0*2028));
  var alu5 = (val0+-0.1307000070810318f);
  var alu6 = (val1+-0.1307000070810318f);
  var alu7 = (val2+-0.1307000070810318f);
  var alu8 = (val3+-0.1307000070810318f);
  var alu9 = (val4+-0.1307000070810318f);
  var alu10 = (val5+-0.1307000070810318f);
  var alu11 = (val6+-0.1307000070810318f);
  var alu12 = (val7+-0.1307000070810318f);
  var alu13 = (val8+-0.1307000070810318f);
  var alu14 = ((((alu5*val17)+(alu6*val18)+(alu7*val19)+(alu8*val20)+(alu9*val21)+(alu10*val22)+(alu11*val23)+(alu12*val24)+(alu13*val25))*3.245699405670166f)+val36);
  var alu15 = ((((alu5*val26)+(alu6*val27)+(alu7*val28)+(alu8*val29)+(alu9*val30)+(alu10*val31)+(alu11*val32)+(alu12*val33)+(alu13*val34))*3.245699405670166f)+val37);
  var alu16 = ((((alu5*val35)+(alu6*val9)+(alu7*val10)+(alu8*val11)+(alu9*val12)+(alu10*val13)+(alu11*val14)+(alu12*val15)+(alu13*val16))*3.245699405670166f)+val38);
  data0_8112[alu4] = (alu16*(1/(1.0f+exp2((alu16*-1.4426950216293335f)))));
  data0_8112[(alu4+676)] = (alu14*(1/(1.0f+exp2((alu14*-1.4426950216293335f)))));
  data0_8112[(alu4+1352)] = (alu15*(1/(1.0f+exp2((alu15*-1.4426950216293335f)))));
}
