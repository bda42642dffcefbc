fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,1600>;
@group(0) @binding(1)var<storage,read_write>data0_3276800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_4718592:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_3276800:array<f32>;
@compute @workgroup_size(20,8) fn r_16_4_5_128_20_8_5_2_2_20(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32; var buf1_4: f32; var buf1_5: f32; var buf1_6: f32; var buf1_7: f32; var buf1_8: f32; var buf1_9: f32;
  var gidx0 = i32(gindex.x); /* 640 */
  var gidx1 = i32(gindex.y); /* 4 */
  var gidx2 = i32(gindex.z); /* 16 */
  var lidx0 = i32(lindex.x); /* 20 */
  var lidx1 = i32(lindex.y); /* 8 */
  var alu0 = (gidx0%5);
  var alu1 = (gidx0/5);
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  buf0_4 = 0.0f;
  buf0_5 = 0.0f;
  buf0_6 = 0.0f;
  buf0_7 = 0.0f;
  buf0_8 = 0.0f;
  buf0_9 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 2; Ridx0++) {
    var alu12 = (lidx0+alu0+(gidx1*4608)+(lidx1*576)+(alu1*36864)+(Ridx0*18432));
    var val0 = data1_4718592[alu12];
    var val1 = data1_4718592[(alu12+24)];
    var val2 = data1_4718592[(alu12+48)];
    var val3 = data1_4718592[(alu12+72)];
    var val4 = data1_4718592[(alu12+96)];
    var val5 = data1_4718592[(alu12+120)];
    var val6 = data1_4718592[(alu12+144)];
    var val7 = data1_4718592[(alu12+168)];
    var val8 = data1_4718592[(alu12+192)];
    var val9 = data1_4718592[(alu12+216)];
    var val10 = data1_4718592[(alu12+240)];
    var val11 = data1_4718592[(alu12+264)];
    var val12 = data1_4718592[(alu12+288)];
    var val13 = data1_4718592[(alu12+312)];
    var val14 = data1_4718592[(alu12+336)];
    var val15 = data1_4718592[(alu12+360)];
    var val16 = data1_4718592[(alu12+384)];
    var val17 = data1_4718592[(alu12+408)];
    var val18 = data1_4718592[(alu12+432)];
    var val19 = data1_4718592[(alu12+456)];
    var val20 = data1_4718592[(alu12+480)];
    var val21 = data1_4718592[(alu12+504)];
    var val22 = data1_4718592[(alu12+528)];
    var val23 = data1_4718592[(alu12+552)];
    var alu13 = (lidx0+(gidx2*800)+(alu1*25600)+(Ridx0*12800));
    var val24 = data2_3276800[alu13];
    var val25 = data2_3276800[(alu13+20)];
    var val26 = data2_3276800[(alu13+40)];
    var val27 = data2_3276800[(alu13+60)];
    var val28 = data2_3276800[(alu13+80)];
    var val29 = data2_3276800[(alu13+100)];
    var val30 = data2_3276800[(alu13+120)];
    var val31 = data2_3276800[(alu13+140)];
    var val32 = data2_3276800[(alu13+160)];
    var val33 = data2_3276800[(alu13+180)];
    var val34 = data2_3276800[(alu13+200)];
    var val35 = data2_3276800[(alu13+220)];
    var val36 = data2_3276800[(alu13+240)];
    var val37 = data2_3276800[(alu13+260)];
    var val38 = data2_3276800[(alu13+280)];
    var val39 = data2_3276800[(alu13+300)];
    var val40 = data2_3276800[(alu13+320)];
    var val41 = data2_3276800[(alu13+340)];
    var val42 = data2_3276800[(alu13+360)];
    var val43 = data2_3276800[(alu13+380)];
    var val44 = data2_3276800[(alu13+400)];
    var val45 = data2_3276800[(alu13+420)];
    var val46 = data2_3276800[(alu13+440)];
    var val47 = data2_3276800[(alu13+460)];
    var val48 = data2_3276800[(alu13+480)];
    var val49 = data2_3276800[(alu13+500)];
    var val50 = data2_3276800[(alu13+520)];
    var val51 = data2_3276800[(alu13+540)];
    var val52 = data2_3276800[(alu13+560)];
    var val53 = data2_3276800[(alu13+580)];
    var val54 = data2_3276800[(alu13+600)];
    var val55 = data2_3276800[(alu13+620)];
    var val56 = data2_3276800[(alu13+640)];
    var val57 = data2_3276800[(alu13+660)];
    var val58 = data2_3276800[(alu13+680)];
    var val59 = data2_3276800[(alu13+700)];
    var val60 = data2_3276800[(alu13+720)];
    var val61 = data2_3276800[(alu13+740)];
    var val62 = data2_3276800[(alu13+760)];
    var val63 = data2_3276800[(alu13+780)];
    var alu14 = (val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))));
    var alu15 = (val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))));
    var alu16 = (val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))));
    var alu17 = (val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))));
    var alu18 = (val4*(1/(1.0f+exp2((val4*-1.4426950216293335f)))));
    var alu19 = (val5*(1/(1.0f+exp2((val5*-1.4426950216293335f)))));
    var alu20 = (val6*(1/(1.0f+exp2((val6*-1.4426950216293335f)))));
    var alu21 = (val7*(1/(1.0f+exp2((val7*-1.4426950216293335f)))));
    var alu22 = (val8*(1/(1.0f+exp2((val8*-1.4426950216293335f)))));
    var alu23 = (val9*(1/(1.0f+exp2((val9*-1.4426950216293335f)))));
    var alu24 = (val10*(1/(1.0f+exp2((val10*-1.4426950216293335f)))));
    var alu25 = (val11*(1/(1.0f+exp2((val11*-1.4426950216293335f)))));
    var alu26 = (val12*(1/(1.0f+exp2((val12*-1.4426950216293335f)))));
    var alu27 = (val13*(1/(1.0f+exp2((val13*-1.4426950216293335f)))));
    var alu28 = (val14*(1/(1.0f+exp2((val14*-1.4426950216293335f)))));
    var alu29 = (val15*(1/(1.0f+exp2((val15*-1.4426950216293335f)))));
    var alu30 = (val16*(1/(1.0f+exp2((val16*-1.4426950216293335f)))));
    var alu31 = (val17*(1/(1.0f+exp2((val17*-1.4426950216293335f)))));
    var alu32 = (val18*(1/(1.0f+exp2((val18*-1.4426950216293335f)))));
    var alu33 = (val19*(1/(1.0f+exp2((val19*-1.4426950216293335f)))));
    var alu34 = (val20*(1/(1.0f+exp2((val20*-1.4426950216293335f)))));
    var alu35 = (val21*(1/(1.0f+exp2((val21*-1.4426950216293335f)))));
    var alu36 = (val22*(1/(1.0f+exp2((val22*-1.4426950216293335f)))));
    var alu37 = (val23*(1/(1.0f+exp2((val23*-1.4426950216293335f)))));
    buf0_0 = (buf0_0+(alu14*val24)+(alu15*val25)+(alu16*val26)+(alu17*val27)+(alu18*val28)+(alu19*val29)+(alu20*val30)+(alu21*val31)+(alu22*val32)+(alu23*val33)+(alu24*val34)+(alu25*val35)+(alu26*val36)+(alu27*val37)+(alu28*val38)+(alu29*val39)+(alu30*val40)+(alu31*val41)+(alu32*val42)+(alu33*val43));
    buf0_1 = (buf0_1+(alu14*val44)+(alu15*val45)+(alu16*val46)+(alu17*val47)+(alu18*val48)+(alu19*val49)+(alu20*val50)+(alu21*val51)+(alu22*val52)+(alu23*val53)+(alu24*val54)+(alu25*val55)+(alu26*val56)+(alu27*val57)+(alu28*val58)+(alu29*val59)+(alu30*val60)+(alu31*val61)+(alu32*val62)+(alu33*val63));
    buf0_2 = (buf0_2+(alu15*val24)+(alu16*val25)+(alu17*val26)+(alu18*val27)+(alu19*val28)+(alu20*val29)+(alu21*val30)+(alu22*val31)+(alu23*val32)+(alu24*val33)+(alu25*val34)+(alu26*val35)+(alu27*val36)+(alu28*val37)+(alu29*val38)+(alu30*val39)+(alu31*val40)+(alu32*val41)+(alu33*val42)+(alu34*val43));
    buf0_3 = (buf0_3+(alu15*val44)+(alu16*val45)+(alu17*val46)+(alu18*val47)+(alu19*val48)+(alu20*val49)+(alu21*val50)+(alu22*val51)+(alu23*val52)+(alu24*val53)+(alu25*val54)+(alu26*val55)+(alu27*val56)+(alu28*val57)+(alu29*val58)+(alu30*val59)+(alu31*val60)+(alu32*val61)+(alu33*val62)+(alu34*val63));
    buf0_4 = (buf0_4+(alu16*val24)+(alu17*val25)+(alu18*val26)+(alu19*val27)+(alu20*val28)+(alu21*val29)+(alu22*val30)+(alu23*val31)+(alu24*val32)+(alu25*val33)+(alu26*val34)+(alu27*val35)+(alu28*val36)+(alu29*val37)+(alu30*val38)+(alu31*val39)+(alu32*val40)+(alu33*val41)+(alu34*val42)+(alu35*val43));
    buf0_5 = (buf0_5+(alu16*val44)+(alu17*val45)+(alu18*val46)+(alu19*val47)+(alu20*val48)+(alu21*val49)+(alu22*val50)+(alu23*val51)+(alu24*val52)+(alu25*val53)+(alu26*val54)+(alu27*val55)+(alu28*val56)+(alu29*val57)+(alu30*val58)+(alu31*val59)+(alu32*val60)+(alu33*val61)+(alu34*val62)+(alu35*val63));
    buf0_6 = (buf0_6+(alu17*val24)+(alu18*val25)+(alu19*val26)+(alu20*val27)+(alu21*val28)+(alu22*val29)+(alu23*val30)+(alu24*val31)+(alu25*val32)+(alu26*val33)+(alu27*val34)+(alu28*val35)+(alu29*val36)+(alu30*val37)+(alu31*val38)+(alu32*val39)+(alu33*val40)+(alu34*val41)+(alu35*val42)+(alu36*val43));
    buf0_7 = (buf0_7+(alu17*val44)+(alu18*val45)+(alu19*val46)+(alu20*val47)+(alu21*val48)+(alu22*val49)+(alu23*val50)+(alu24*val51)+(alu25*val52)+(alu26*val53)+(alu27*val54)+(alu28*val55)+(alu29*val56)+(alu30*val57)+(alu31*val58)+(alu32*val59)+(alu33*val60)+(alu34*val61)+(alu35*val62)+(alu36*val63));
    buf0_8 = (buf0_8+(alu18*val24)+(alu19*val25)+(alu20*val26)+(alu21*val27)+(alu22*val28)+(alu23*val29)+(alu24*val30)+(alu25*val31)+(alu26*val32)+(alu27*val33)+(alu28*val34)+(alu29*val35)+(alu30*val36)+(alu31*val37)+(alu32*val38)+(alu33*val39)+(alu34*val40)+(alu35*val41)+(alu36*val42)+(alu37*val43));
    buf0_9 = (buf0_9+(alu18*val44)+(alu19*val45)+(alu20*val46)+(alu21*val47)+(alu22*val48)+(alu23*val49)+(alu24*val50)+(alu25*val51)+(alu26*val52)+(alu27*val53)+(alu28*val54)+(alu29*val55)+(alu30*val56)+(alu31*val57)+(alu32*val58)+(alu33*val59)+(alu34*val60)+(alu35*val61)+(alu36*val62)+(alu37*val63));
  }
  var alu49 = (lidx1*200);
  var alu50 = ((lidx0*10)+alu49);
  buf2[(alu50+1)] = buf0_1;
  buf2[(alu50+2)] = buf0_2;
  buf2[(alu50+3)] = buf0_3;
  buf2[(alu50+4)] = buf0_4;
  buf2[(alu50+5)] = buf0_5;
  buf2[(alu50+6)] = buf0_6;
  buf2[(alu50+7)] = buf0_7;
  buf2[(alu50+8)] = buf0_8;
  buf2[(alu50+9)] = buf0_9;
  buf2[alu50] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  buf1_4 = 0.0f;
  buf1_5 = 0.0f;
  buf1_6 = 0.0f;
  buf1_7 = 0.0f;
  buf1_8 = 0.0f;
  buf1_9 = 0.0f;
  for (var Ridx108 = 0; Ridx108 < 20; Ridx108++) {
    var alu72 = (alu49+(Ridx108*10));
    var val64 = buf2[(alu72+1)];
    var val65 = buf2[(alu72+2)];
    var val66 = buf2[(alu72+3)];
    var val67 = buf2[(alu72+4)];
    var val68 = buf2[(alu72+5)];
    var val69 = buf2[(alu72+6)];
    var val70 = buf2[(alu72+7)];
    var val71 = buf2[(alu72+8)];
    var val72 = buf2[(alu72+9)];
    var val73 = buf2[alu72];
    buf1_0 = (buf1_0+val73);
    buf1_1 = (buf1_1+val64);
    buf1_2 = (buf1_2+val65);
    buf1_3 = (buf1_3+val66);
    buf1_4 = (buf1_4+val67);
    buf1_5 = (buf1_5+val68);
    buf1_6 = (buf1_6+val69);
    buf1_7 = (buf1_7+val70);
    buf1_8 = (buf1_8+val71);
    buf1_9 = (buf1_9+val72);
  }
  var alu84 = ((gidx1*25600)+(lidx1*3200)+bitcast<i32>((bitcast<u32>(alu0)<<7u))+alu1+(gidx2*204800));
  var alu85 = (lidx0==0);
  if (alu85) {
    data0_3276800[(alu84+640)] = buf1_2;
  }
  if (alu85) {
    data0_3276800[(alu84+1280)] = buf1_4;
  }
  if (alu85) {
    data0_3276800[(alu84+1920)] = buf1_6;
  }
  if (alu85) {
    data0_3276800[(alu84+2560)] = buf1_8;
  }
  if (alu85) {
    data0_3276800[(alu84+102400)] = buf1_1;
  }
  if (alu85) {
    data0_3276800[(alu84+103040)] = buf1_3;
  }
  if (alu85) {
    data0_3276800[(alu84+103680)] = buf1_5;
  }
  if (alu85) {
    data0_3276800[(alu84+104320)] = buf1_7;
  }
  if (alu85) {
    data0_3276800[(alu84+104960)] = buf1_9;
  }
  if (alu85) {
    data0_3276800[alu84] = buf1_0;
  }
}
