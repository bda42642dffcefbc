fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_1179648:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_18432:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_262144:array<f32>;
@compute @workgroup_size(2,16,3) fn r_64_16_2_16_3_3_4_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32;
  var gidx0 = i32(gindex.x); /* 16 */
  var gidx1 = i32(gindex.y); /* 64 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var lidx2 = i32(lindex.z); /* 3 */
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
  buf0_9 = 0.0f;
  buf0_10 = 0.0f;
  buf0_11 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var alu13 = ((gidx0*18)+(lidx0*9)+alu0+(Ridx0*1152));
    var val0 = data1_18432[(alu13+1)];
    var val1 = data1_18432[(alu13+2)];
    var val2 = data1_18432[(alu13+288)];
    var val3 = data1_18432[(alu13+289)];
    var val4 = data1_18432[(alu13+290)];
    var val5 = data1_18432[(alu13+576)];
    var val6 = data1_18432[(alu13+577)];
    var val7 = data1_18432[(alu13+578)];
    var val8 = data1_18432[(alu13+864)];
    var val9 = data1_18432[(alu13+865)];
    var val10 = data1_18432[(alu13+866)];
    var val11 = data1_18432[alu13];
    var alu14 = (bitcast<i32>((bitcast<u32>(lidx1)<<2u))+bitcast<i32>((bitcast<u32>(Ridx0)<<8u))+bitcast<i32>((bitcast<u32>(gidx1)<<12u)));
    var val12 = data2_262144[alu14];
    var val13 = data2_262144[(alu14+1)];
    var val14 = data2_262144[(alu14+2)];
    var val15 = data2_262144[(alu14+3)];
    var val16 = data2_262144[(alu14+64)];
    var val17 = data2_262144[(alu14+65)];
    var val18 = data2_262144[(alu14+66)];
    var val19 = data2_262144[(alu14+67)];
    var val20 = data2_262144[(alu14+128)];
    var val21 = data2_262144[(alu14+129)];
    var val22 = data2_262144[(alu14+130)];
    var val23 = data2_262144[(alu14+131)];
    var val24 = data2_262144[(alu14+192)];
    var val25 = data2_262144[(alu14+193)];
    var val26 = data2_262144[(alu14+194)];
    var val27 = data2_262144[(alu14+195)];
    buf0_0 = (buf0_0+(val11*val12)+(val2*val16)+(val5*val20)+(val8*val24));
    buf0_1 = (buf0_1+(val0*val12)+(val3*val16)+(val6*val20)+(val9*val24));
    buf0_2 = (buf0_2+(val1*val12)+(val4*val16)+(val7*val20)+(val10*val24));
    buf0_3 = (buf0_3+(val11*val13)+(val2*val17)+(val5*val21)+(val8*val25));
    buf0_4 = (buf0_4+(val0*val13)+(val3*val17)+(val6*val21)+(val9*val25));
    buf0_5 = (buf0_5+(val1*val13)+(val4*val17)+(val7*val21)+(val10*val25));
    buf0_6 = (buf0_6+(val11*val14)+(val2*val18)+(val5*val22)+(val8*val26));
    buf0_7 = (buf0_7+(val0*val14)+(val3*val18)+(val6*val22)+(val9*val26));
    buf0_8 = (buf0_8+(val1*val14)+(val4*val18)+(val7*val22)+(val10*val26));
    buf0_9 = (buf0_9+(val11*val15)+(val2*val19)+(val5*val23)+(val8*val27));
    buf0_10 = (buf0_10+(val0*val15)+(val3*val19)+(val6*val23)+(val9*val27));
    buf0_11 = (buf0_11+(val1*val15)+(val4*val19)+(val7*val23)+(val10*val27));
  }
  var alu28 = ((gidx0*1152)+(lidx0*576)+(lidx1*36)+alu0+(gidx1*18432));
  data0_1179648[(alu28+1)] = buf0_1;
  data0_1179648[(alu28+2)] = buf0_2;
  data0_1179648[(alu28+9)] = buf0_3;
  data0_1179648[(alu28+10)] = buf0_4;
  data0_1179648[(alu28+11)] = buf0_5;
  data0_1179648[(alu28+18)] = buf0_6;
  data0_1179648[(alu28+19)] = buf0_7;
  data0_1179648[(alu28+20)] = buf0_8;
  data0_1179648[(alu28+27)] = buf0_9;
  data0_1179648[(alu28+28)] = buf0_10;
  data0_1179648[(alu28+29)] = buf0_11;
  data0_1179648[alu28] = buf0_0;
}
