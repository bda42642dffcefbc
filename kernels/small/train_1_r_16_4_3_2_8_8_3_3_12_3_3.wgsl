fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_221184:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_129792:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_2592:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_24:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_24:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_24:array<f32>;
@compute @workgroup_size(2,8,8) fn r_16_4_3_2_8_8_3_3_12_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 4 */
  var gidx2 = i32(gindex.z); /* 16 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 8 */
  var lidx2 = i32(lindex.z); /* 8 */
  var alu0 = (lidx2*3);
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  buf0_4 = 0.0f;
  buf0_5 = 0.0f;
  buf0_6 = 0.0f;
  buf0_7 = 0.0f;
  buf0_8 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 12; Ridx0++) {
    var alu10 = ((gidx0*208)+(lidx1*26)+alu0+(Ridx0*676)+(gidx2*8112));
    var val0 = data1_129792[(alu10+1)];
    var val1 = data1_129792[(alu10+2)];
    var val2 = data1_129792[(alu10+3)];
    var val3 = data1_129792[(alu10+4)];
    var val4 = data1_129792[(alu10+26)];
    var val5 = data1_129792[(alu10+27)];
    var val6 = data1_129792[(alu10+28)];
    var val7 = data1_129792[(alu10+29)];
    var val8 = data1_129792[(alu10+30)];
    var val9 = data1_129792[(alu10+52)];
    var val10 = data1_129792[(alu10+53)];
    var val11 = data1_129792[(alu10+54)];
    var val12 = data1_129792[(alu10+55)];
    var val13 = data1_129792[(alu10+56)];
    var val14 = data1_129792[alu10];
    var alu11 = ((gidx1*648)+(lidx0*324)+(Ridx0*9));
    var val15 = data2_2592[(alu11+1)];
    var val16 = data2_2592[(alu11+2)];
    var val17 = data2_2592[(alu11+3)];
    var val18 = data2_2592[(alu11+4)];
    var val19 = data2_2592[(alu11+5)];
    var val20 = data2_2592[(alu11+6)];
    var val21 = data2_2592[(alu11+7)];
    var val22 = data2_2592[(alu11+8)];
    var val23 = data2_2592[(alu11+108)];
    var val24 = data2_2592[(alu11+109)];
    var val25 = data2_2592[(alu11+110)];
    var val26 = data2_2592[(alu11+111)];
    var val27 = data2_2592[(alu11+112)];
    var val28 = data2_2592[(alu11+113)];
    var val29 = data2_2592[(alu11+114)];
    var val30 = data2_2592[(alu11+115)];
    var val31 = data2_2592[(alu11+116)];
    var val32 = data2_2592[(alu11+216)];
    var val33 = data2_2592[(alu11+217)];
    var val34 = data2_2592[(alu11+218)];
    var val35 = data2_2592[(alu11+219)];
    var val36 = data2_2592[(alu11+220)];
    var val37 = data2_2592[(alu11+221)];
    var val38 = data2_2592[(alu11+222)];
    var val39 = data2_2592[(alu11+223)];
    var val40 = data2_2592[(alu11+224)];
    var val41 = data2_2592[alu11];
    buf0_0 = (buf0_0+(val14*val41)+(val0*val15)+(val1*val16)+(val4*val17)+(val5*val18)+(val6*val19)+(val9*val20)+(val10*val21)+(val11*val22));
    buf0_1 = (buf0_1+(val0*val41)+(val1*val15)+(val2*val16)+(val5*val17)+(val6*val18)+(val7*val19)+(val10*val20)+(val11*val21)+(val12*val22));
    buf0_2 = (buf0_2+(val1*val41)+(val2*val15)+(val3*val16)+(val6*val17)+(val7*val18)+(val8*val19)+(val11*val20)+(val12*val21)+(val13*val22));
    buf0_3 = (buf0_3+(val14*val23)+(val0*val24)+(val1*val25)+(val4*val26)+(val5*val27)+(val6*val28)+(val9*val29)+(val10*val30)+(val11*val31));
    buf0_4 = (buf0_4+(val0*val23)+(val1*val24)+(val2*val25)+(val5*val26)+(val6*val27)+(val7*val28)+(val10*val29)+(val11*val30)+(val12*val31));
    buf0_5 = (buf0_5+(val1*val23)+(val2*val24)+(val3*val25)+(val6*val26)+(val7*val27)+(val8*val28)+(val11*val29)+(val12*val30)+(val13*val31));
    buf0_6 = (buf0_6+(val14*val32)+(val0*val33)+(val1*val34)+(val4*val35)+(val5*val36)+(val6*val37)+(val9*val38)+(val10*val39)+(val11*val40));
    buf0_7 = (buf0_7+(val0*val32)+(val1*val33)+(val2*val34)+(val5*val35)+(val6*val36)+(val7*val37)+(val10*val38)+(val11*val39)+(val12*val40));
    buf0_8 = (buf0_8+(val1*val32)+(val2*val33)+(val3*val34)+(val6*val35)+(val7*val36)+(val8*val37)+(val11*val38)+(val12*val39)+(val13*val40));
  }
  var alu22 = ((gidx1*6)+(lidx0*3));
  var alu23 = (alu22+1);
  var val42 = data3_24[alu23];
  var alu24 = (alu22+2);
  var val43 = data3_24[alu24];
  var val44 = data3_24[alu22];
  var val45 = data4_24[alu23];
  var val46 = data4_24[alu24];
  var val47 = data4_24[alu22];
  var val48 = data5_24[alu23];
  var val49 = data5_24[alu24];
  var val50 = data5_24[alu22];
  var alu25 = ((gidx0*192)+(lidx1*24)+alu0+(gidx1*3456)+(lidx0*1728)+(gidx2*13824));
  var alu26 = (buf0_0+val44);
  var alu27 = (buf0_1+val44);
  var alu28 = (buf0_2+val44);
  var alu29 = (buf0_3+val42);
  var alu30 = (buf0_4+val42);
  var alu31 = (buf0_5+val42);
  var alu32 = (buf0_6+val43);
  var alu33 = (buf0_7+val43);
  var alu34 = (buf0_8+val43);
  data0_221184[(alu25+1)] = ((alu27*(1/(1.0f+exp2((alu27*-1.4426950216293335f))))*val47)+val50);
  data0_221184[(alu25+2)] = ((alu28*(1/(1.0f+exp2((alu28*-1.4426950216293335f))))*val47)+val50);
  data0_221184[(alu25+576)] = ((alu29*(1/(1.0f+exp2((alu29*-1.4426950216293335f))))*val45)+val48);
  data0_221184[(alu25+577)] = ((alu30*(1/(1.0f+exp2((alu30*-1.4426950216293335f))))*val45)+val48);
  data0_221184[(alu25+578)] = ((alu31*(1/(1.0f+exp2((alu31*-1.4426950216293335f))))*val45)+val48);
  data0_221184[(alu25+1152)] = ((alu32*(1/(1.0f+exp2((alu32*-1.4426950216293335f))))*val46)+val49);
  data0_221184[(alu25+1153)] = ((alu33*(1/(1.0f+exp2((alu33*-1.4426950216293335f))))*val46)+val49);
  data0_221184[(alu25+1154)] = ((alu34*(1/(1.0f+exp2((alu34*-1.4426950216293335f))))*val46)+val49);
  data0_221184[alu25] = ((alu26*(1/(1.0f+exp2((alu26*-1.4426950216293335f))))*val47)+val50);
}
