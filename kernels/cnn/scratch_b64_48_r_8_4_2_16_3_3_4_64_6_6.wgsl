fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_36864:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_262144:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_147456:array<f32>;
@compute @workgroup_size(2,16,3) fn r_8_4_2_16_3_3_4_64_6_6(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32;
  var gidx0 = i32(gindex.x); /* 4 */
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
  for (var Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 6; Ridx1++) {
      var alu12 = (bitcast<i32>((bitcast<u32>(gidx0)<<10u))+bitcast<i32>((bitcast<u32>(lidx1)<<6u))+bitcast<i32>((bitcast<u32>(lidx2)<<3u))+bitcast<i32>((bitcast<u32>(Ridx1)<<3u))+bitcast<i32>((bitcast<u32>(Ridx0)<<12u)));
      var val0 = data1_262144[alu12];
      var val1 = data1_262144[(alu12+1)];
      var val2 = data1_262144[(alu12+2)];
      var val3 = data1_262144[(alu12+3)];
      var val4 = data1_262144[(alu12+4)];
      var val5 = data1_262144[(alu12+5)];
      var val6 = data1_262144[(alu12+6)];
      var val7 = data1_262144[(alu12+7)];
      var alu13 = ((gidx1*288)+(lidx0*144)+(Ridx1*6)+(Ridx0*2304));
      var val8 = data2_147456[(alu13+1)];
      var val9 = data2_147456[(alu13+2)];
      var val10 = data2_147456[(alu13+3)];
      var val11 = data2_147456[(alu13+4)];
      var val12 = data2_147456[(alu13+5)];
      var val13 = data2_147456[(alu13+36)];
      var val14 = data2_147456[(alu13+37)];
      var val15 = data2_147456[(alu13+38)];
      var val16 = data2_147456[(alu13+39)];
      var val17 = data2_147456[(alu13+40)];
      var val18 = data2_147456[(alu13+41)];
      var val19 = data2_147456[(alu13+72)];
      var val20 = data2_147456[(alu13+73)];
      var val21 = data2_147456[(alu13+74)];
      var val22 = data2_147456[(alu13+75)];
      var val23 = data2_147456[(alu13+76)];
      var val24 = data2_147456[(alu13+77)];
      var val25 = data2_147456[(alu13+108)];
      var val26 = data2_147456[(alu13+109)];
      var val27 = data2_147456[(alu13+110)];
      var val28 = data2_147456[(alu13+111)];
      var val29 = data2_147456[(alu13+112)];
      var val30 = data2_147456[(alu13+113)];
      var val31 = data2_147456[alu13];
      var alu14 = (val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))));
      var alu15 = (val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))));
      var alu16 = (val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))));
      var alu17 = (val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))));
      var alu18 = (val4*(1/(1.0f+exp2((val4*-1.4426950216293335f)))));
      var alu19 = (val5*(1/(1.0f+exp2((val5*-1.4426950216293335f)))));
      var alu20 = (val6*(1/(1.0f+exp2((val6*-1.4426950216293335f)))));
      var alu21 = (val7*(1/(1.0f+exp2((val7*-1.4426950216293335f)))));
      buf0_0 = (buf0_0+(alu14*val31)+(alu15*val8)+(alu16*val9)+(alu17*val10)+(alu18*val11)+(alu19*val12));
      buf0_1 = (buf0_1+(alu15*val31)+(alu16*val8)+(alu17*val9)+(alu18*val10)+(alu19*val11)+(alu20*val12));
      buf0_2 = (buf0_2+(alu16*val31)+(alu17*val8)+(alu18*val9)+(alu19*val10)+(alu20*val11)+(alu21*val12));
      buf0_3 = (buf0_3+(alu14*val13)+(alu15*val14)+(alu16*val15)+(alu17*val16)+(alu18*val17)+(alu19*val18));
      buf0_4 = (buf0_4+(alu15*val13)+(alu16*val14)+(alu17*val15)+(alu18*val16)+(alu19*val17)+(alu20*val18));
      buf0_5 = (buf0_5+(alu16*val13)+(alu17*val14)+(alu18*val15)+(alu19*val16)+(alu20*val17)+(alu21*val18));
      buf0_6 = (buf0_6+(alu14*val19)+(alu15*val20)+(alu16*val21)+(alu17*val22)+(alu18*val23)+(alu19*val24));
      buf0_7 = (buf0_7+(alu15*val19)+(alu16*val20)+(alu17*val21)+(alu18*val22)+(alu19*val23)+(alu20*val24));
      buf0_8 = (buf0_8+(alu16*val19)+(alu17*val20)+(alu18*val21)+(alu19*val22)+(alu20*val23)+(alu21*val24));
      buf0_9 = (buf0_9+(alu14*val25)+(alu15*val26)+(alu16*val27)+(alu17*val28)+(alu18*val29)+(alu19*val30));
      buf0_10 = (buf0_10+(alu15*val25)+(alu16*val26)+(alu17*val27)+(alu18*val28)+(alu19*val29)+(alu20*val30));
      buf0_11 = (buf0_11+(alu16*val25)+(alu17*val26)+(alu18*val27)+(alu19*val28)+(alu20*val29)+(alu21*val30));
    }
  }
  var alu36 = ((gidx0*144)+(lidx1*9)+(lidx2*3)+(gidx1*4608)+(lidx0*2304));
  data0_36864[(alu36+1)] = buf0_1;
  data0_36864[(alu36+2)] = buf0_2;
  data0_36864[(alu36+576)] = buf0_3;
  data0_36864[(alu36+577)] = buf0_4;
  data0_36864[(alu36+578)] = buf0_5;
  data0_36864[(alu36+1152)] = buf0_6;
  data0_36864[(alu36+1153)] = buf0_7;
  data0_36864[(alu36+1154)] = buf0_8;
  data0_36864[(alu36+1728)] = buf0_9;
  data0_36864[(alu36+1729)] = buf0_10;
  data0_36864[(alu36+1730)] = buf0_11;
  data0_36864[alu36] = buf0_0;
}
