fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_18432:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_819200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_1048576:array<f32>;
@compute @workgroup_size(2,16,3) fn r_8_2_2_16_3_3_4_256_8_8(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32;
  var gidx0 = i32(gindex.x); /* 2 */
  var gidx1 = i32(gindex.y); /* 8 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var lidx2 = i32(lindex.z); /* 3 */
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
  buf0_10 = 0.0f;
  buf0_11 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 256; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 8; Ridx1++) {
      var alu12 = ((gidx0*1600)+(lidx1*100)+(lidx2*10)+(Ridx1*10)+(Ridx0*3200));
      var val0 = data1_819200[(alu12+1)];
      var val1 = data1_819200[(alu12+2)];
      var val2 = data1_819200[(alu12+3)];
      var val3 = data1_819200[(alu12+4)];
      var val4 = data1_819200[(alu12+5)];
      var val5 = data1_819200[(alu12+6)];
      var val6 = data1_819200[(alu12+7)];
      var val7 = data1_819200[(alu12+8)];
      var val8 = data1_819200[(alu12+9)];
      var val9 = data1_819200[alu12];
      var alu13 = (bitcast<i32>((bitcast<u32>(gidx1)<<9u))+bitcast<i32>((bitcast<u32>(lidx0)<<8u))+bitcast<i32>((bitcast<u32>(Ridx1)<<3u))+bitcast<i32>((bitcast<u32>(Ridx0)<<12u)));
      var val10 = data2_1048576[alu13];
      var val11 = data2_1048576[(alu13+1)];
      var val12 = data2_1048576[(alu13+2)];
      var val13 = data2_1048576[(alu13+3)];
      var val14 = data2_1048576[(alu13+4)];
      var val15 = data2_1048576[(alu13+5)];
      var val16 = data2_1048576[(alu13+6)];
      var val17 = data2_1048576[(alu13+7)];
      var val18 = data2_1048576[(alu13+64)];
      var val19 = data2_1048576[(alu13+65)];
      var val20 = data2_1048576[(alu13+66)];
      var val21 = data2_1048576[(alu13+67)];
      var val22 = data2_1048576[(alu13+68)];
      var val23 = data2_1048576[(alu13+69)];
      var val24 = data2_1048576[(alu13+70)];
      var val25 = data2_1048576[(alu13+71)];
      var val26 = data2_1048576[(alu13+128)];
      var val27 = data2_1048576[(alu13+129)];
      var val28 = data2_1048576[(alu13+130)];
      var val29 = data2_1048576[(alu13+131)];
      var val30 = data2_1048576[(alu13+132)];
      var val31 = data2_1048576[(alu13+133)];
      var val32 = data2_1048576[(alu13+134)];
      var val33 = data2_1048576[(alu13+135)];
      var val34 = data2_1048576[(alu13+192)];
      var val35 = data2_1048576[(alu13+193)];
      var val36 = data2_1048576[(alu13+194)];
      var val37 = data2_1048576[(alu13+195)];
      var val38 = data2_1048576[(alu13+196)];
      var val39 = data2_1048576[(alu13+197)];
      var val40 = data2_1048576[(alu13+198)];
      var val41 = data2_1048576[(alu13+199)];
      buf0_0 = (buf0_0+(val9*val10)+(val0*val11)+(val1*val12)+(val2*val13)+(val3*val14)+(val4*val15)+(val5*val16)+(val6*val17));
      buf0_1 = (buf0_1+(val0*val10)+(val1*val11)+(val2*val12)+(val3*val13)+(val4*val14)+(val5*val15)+(val6*val16)+(val7*val17));
      buf0_2 = (buf0_2+(val1*val10)+(val2*val11)+(val3*val12)+(val4*val13)+(val5*val14)+(val6*val15)+(val7*val16)+(val8*val17));
      buf0_3 = (buf0_3+(val9*val18)+(val0*val19)+(val1*val20)+(val2*val21)+(val3*val22)+(val4*val23)+(val5*val24)+(val6*val25));
      buf0_4 = (buf0_4+(val0*val18)+(val1*val19)+(val2*val20)+(val3*val21)+(val4*val22)+(val5*val23)+(val6*val24)+(val7*val25));
      buf0_5 = (buf0_5+(val1*val18)+(val2*val19)+(val3*val20)+(val4*val21)+(val5*val22)+(val6*val23)+(val7*val24)+(val8*val25));
      buf0_6 = (buf0_6+(val9*val26)+(val0*val27)+(val1*val28)+(val2*val29)+(val3*val30)+(val4*val31)+(val5*val32)+(val6*val33));
      buf0_7 = (buf0_7+(val0*val26)+(val1*val27)+(val2*val28)+(val3*val29)+(val4*val30)+(val5*val31)+(val6*val32)+(val7*val33));
      buf0_8 = (buf0_8+(val1*val26)+(val2*val27)+(val3*val28)+(val4*val29)+(val5*val30)+(val6*val31)+(val7*val32)+(val8*val33));
      buf0_9 = (buf0_9+(val9*val34)+(val0*val35)+(val1*val36)+(val2*val37)+(val3*val38)+(val4*val39)+(val5*val40)+(val6*val41));
      buf0_10 = (buf0_10+(val0*val34)+(val1*val35)+(val2*val36)+(val3*val37)+(val4*val38)+(val5*val39)+(val6*val40)+(val7*val41));
      buf0_11 = (buf0_11+(val1*val34)+(val2*val35)+(val3*val36)+(val4*val37)+(val5*val38)+(val6*val39)+(val7*val40)+(val8*val41));
    }
  }
  var alu28 = ((gidx0*144)+(lidx1*9)+(lidx2*3)+(gidx1*2304)+(lidx0*1152));
  data0_18432[(alu28+1)] = buf0_1;
  data0_18432[(alu28+2)] = buf0_2;
  data0_18432[(alu28+288)] = buf0_3;
  data0_18432[(alu28+289)] = buf0_4;
  data0_18432[(alu28+290)] = buf0_5;
  data0_18432[(alu28+576)] = buf0_6;
  data0_18432[(alu28+577)] = buf0_7;
  data0_18432[(alu28+578)] = buf0_8;
  data0_18432[(alu28+864)] = buf0_9;
  data0_18432[(alu28+865)] = buf0_10;
  data0_18432[(alu28+866)] = buf0_11;
  data0_18432[alu28] = buf0_0;
}
