fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_1179648:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_50176:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_800:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@compute @workgroup_size(2,8,8) fn r_64_4_3_2_8_8_3_4_5_5(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 4 */
  var gidx2 = i32(gindex.z); /* 64 */
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
  buf0_9 = 0.0f;
  buf0_10 = 0.0f;
  buf0_11 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 5; Ridx0++) {
    var alu13 = ((gidx0*224)+(lidx1*28)+(Ridx0*28)+alu0+(gidx2*784));
    var val0 = data1_50176[(alu13+1)];
    var val1 = data1_50176[(alu13+2)];
    var val2 = data1_50176[(alu13+3)];
    var val3 = data1_50176[(alu13+4)];
    var val4 = data1_50176[(alu13+5)];
    var val5 = data1_50176[(alu13+6)];
    var val6 = data1_50176[alu13];
    var alu14 = ((gidx1*200)+(lidx0*100)+(Ridx0*5));
    var val7 = data2_800[(alu14+1)];
    var val8 = data2_800[(alu14+2)];
    var val9 = data2_800[(alu14+3)];
    var val10 = data2_800[(alu14+4)];
    var val11 = data2_800[(alu14+25)];
    var val12 = data2_800[(alu14+26)];
    var val13 = data2_800[(alu14+27)];
    var val14 = data2_800[(alu14+28)];
    var val15 = data2_800[(alu14+29)];
    var val16 = data2_800[(alu14+50)];
    var val17 = data2_800[(alu14+51)];
    var val18 = data2_800[(alu14+52)];
    var val19 = data2_800[(alu14+53)];
    var val20 = data2_800[(alu14+54)];
    var val21 = data2_800[(alu14+75)];
    var val22 = data2_800[(alu14+76)];
    var val23 = data2_800[(alu14+77)];
    var val24 = data2_800[(alu14+78)];
    var val25 = data2_800[(alu14+79)];
    var val26 = data2_800[alu14];
    var alu15 = (val0+-0.1307000070810318f);
    var alu16 = (val1+-0.1307000070810318f);
    var alu17 = (val2+-0.1307000070810318f);
    var alu18 = (val3+-0.1307000070810318f);
    var alu19 = (val4+-0.1307000070810318f);
    var alu20 = (val5+-0.1307000070810318f);
    var alu21 = (val6+-0.1307000070810318f);
    buf0_0 = (buf0_0+(alu21*val26)+(alu15*val7)+(alu16*val8)+(alu17*val9)+(alu18*val10));
    buf0_1 = (buf0_1+(alu15*val26)+(alu16*val7)+(alu17*val8)+(alu18*val9)+(alu19*val10));
    buf0_2 = (buf0_2+(alu16*val26)+(alu17*val7)+(alu18*val8)+(alu19*val9)+(alu20*val10));
    buf0_3 = (buf0_3+(alu21*val11)+(alu15*val12)+(alu16*val13)+(alu17*val14)+(alu18*val15));
    buf0_4 = (buf0_4+(alu15*val11)+(alu16*val12)+(alu17*val13)+(alu18*val14)+(alu19*val15));
    buf0_5 = (buf0_5+(alu16*val11)+(alu17*val12)+(alu18*val13)+(alu19*val14)+(alu20*val15));
    buf0_6 = (buf0_6+(alu21*val16)+(alu15*val17)+(alu16*val18)+(alu17*val19)+(alu18*val20));
    buf0_7 = (buf0_7+(alu15*val16)+(alu16*val17)+(alu17*val18)+(alu18*val19)+(alu19*val20));
    buf0_8 = (buf0_8+(alu16*val16)+(alu17*val17)+(alu18*val18)+(alu19*val19)+(alu20*val20));
    buf0_9 = (buf0_9+(alu21*val21)+(alu15*val22)+(alu16*val23)+(alu17*val24)+(alu18*val25));
    buf0_10 = (buf0_10+(alu15*val21)+(alu16*val22)+(alu17*val23)+(alu18*val24)+(alu19*val25));
    buf0_11 = (buf0_11+(alu16*val21)+(alu17*val22)+(alu18*val23)+(alu19*val24)+(alu20*val25));
  }
  var alu35 = (bitcast<i32>((bitcast<u32>(gidx1)<<3u))+bitcast<i32>((bitcast<u32>(lidx0)<<2u)));
  var val27 = data3_32[alu35];
  var val28 = data3_32[(alu35+1)];
  var val29 = data3_32[(alu35+2)];
  var val30 = data3_32[(alu35+3)];
  var alu36 = ((gidx0*192)+(lidx1*24)+alu0+(gidx1*4608)+(lidx0*2304)+(gidx2*18432));
  data0_1179648[(alu36+1)] = ((buf0_1*3.245699405670166f)+val27);
  data0_1179648[(alu36+2)] = ((buf0_2*3.245699405670166f)+val27);
  data0_1179648[(alu36+576)] = ((buf0_3*3.245699405670166f)+val28);
  data0_1179648[(alu36+577)] = ((buf0_4*3.245699405670166f)+val28);
  data0_1179648[(alu36+578)] = ((buf0_5*3.245699405670166f)+val28);
  data0_1179648[(alu36+1152)] = ((buf0_6*3.245699405670166f)+val29);
  data0_1179648[(alu36+1153)] = ((buf0_7*3.245699405670166f)+val29);
  data0_1179648[(alu36+1154)] = ((buf0_8*3.245699405670166f)+val29);
  data0_1179648[(alu36+1728)] = ((buf0_9*3.245699405670166f)+val30);
  data0_1179648[(alu36+1729)] = ((buf0_10*3.245699405670166f)+val30);
  data0_1179648[(alu36+1730)] = ((buf0_11*3.245699405670166f)+val30);
  data0_1179648[alu36] = ((buf0_0*3.245699405670166f)+val27);
}
