fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_3276800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_4718592:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_25600:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@compute @workgroup_size(4,8,4) fn r_64_5_5_4_8_4_4_4_32_5_5(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32; var buf0_12: f32; var buf0_13: f32; var buf0_14: f32; var buf0_15: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 5 */
  var gidx2 = i32(gindex.z); /* 64 */
  var lidx0 = i32(lindex.x); /* 4 */
  var lidx1 = i32(lindex.y); /* 8 */
  var lidx2 = i32(lindex.z); /* 4 */
  var cast0 = bitcast<i32>((bitcast<u32>(gidx0)<<2u));
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
  buf0_12 = 0.0f;
  buf0_13 = 0.0f;
  buf0_14 = 0.0f;
  buf0_15 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 5; Ridx1++) {
      var alu16 = ((gidx1*96)+(lidx2*24)+(Ridx1*24)+cast0+(Ridx0*576)+(gidx2*73728)+(lidx0*18432));
      var val0 = data1_4718592[(alu16+1)];
      var val1 = data1_4718592[(alu16+2)];
      var val2 = data1_4718592[(alu16+3)];
      var val3 = data1_4718592[(alu16+4)];
      var val4 = data1_4718592[(alu16+5)];
      var val5 = data1_4718592[(alu16+6)];
      var val6 = data1_4718592[(alu16+7)];
      var val7 = data1_4718592[alu16];
      var alu17 = ((Ridx0*25)+(Ridx1*5)+(lidx1*3200));
      var val8 = data2_25600[(alu17+1)];
      var val9 = data2_25600[(alu17+2)];
      var val10 = data2_25600[(alu17+3)];
      var val11 = data2_25600[(alu17+4)];
      var val12 = data2_25600[(alu17+800)];
      var val13 = data2_25600[(alu17+801)];
      var val14 = data2_25600[(alu17+802)];
      var val15 = data2_25600[(alu17+803)];
      var val16 = data2_25600[(alu17+804)];
      var val17 = data2_25600[(alu17+1600)];
      var val18 = data2_25600[(alu17+1601)];
      var val19 = data2_25600[(alu17+1602)];
      var val20 = data2_25600[(alu17+1603)];
      var val21 = data2_25600[(alu17+1604)];
      var val22 = data2_25600[(alu17+2400)];
      var val23 = data2_25600[(alu17+2401)];
      var val24 = data2_25600[(alu17+2402)];
      var val25 = data2_25600[(alu17+2403)];
      var val26 = data2_25600[(alu17+2404)];
      var val27 = data2_25600[alu17];
      var alu18 = (val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))));
      var alu19 = (val7*(1/(1.0f+exp2((val7*-1.4426950216293335f)))));
      var alu20 = (val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))));
      var alu21 = (val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))));
      var alu22 = (val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))));
      var alu23 = (val4*(1/(1.0f+exp2((val4*-1.4426950216293335f)))));
      var alu24 = (val5*(1/(1.0f+exp2((val5*-1.4426950216293335f)))));
      var alu25 = (val6*(1/(1.0f+exp2((val6*-1.4426950216293335f)))));
      buf0_0 = (buf0_0+(alu19*val27)+(alu18*val8)+(alu20*val9)+(alu21*val10)+(alu22*val11));
      buf0_1 = (buf0_1+(alu19*val12)+(alu18*val13)+(alu20*val14)+(alu21*val15)+(alu22*val16));
      buf0_2 = (buf0_2+(alu19*val17)+(alu18*val18)+(alu20*val19)+(alu21*val20)+(alu22*val21));
      buf0_3 = (buf0_3+(alu19*val22)+(alu18*val23)+(alu20*val24)+(alu21*val25)+(alu22*val26));
      buf0_4 = (buf0_4+(alu18*val27)+(alu20*val8)+(alu21*val9)+(alu22*val10)+(alu23*val11));
      buf0_5 = (buf0_5+(alu18*val12)+(alu20*val13)+(alu21*val14)+(alu22*val15)+(alu23*val16));
      buf0_6 = (buf0_6+(alu18*val17)+(alu20*val18)+(alu21*val19)+(alu22*val20)+(alu23*val21));
      buf0_7 = (buf0_7+(alu18*val22)+(alu20*val23)+(alu21*val24)+(alu22*val25)+(alu23*val26));
      buf0_8 = (buf0_8+(alu20*val27)+(alu21*val8)+(alu22*val9)+(alu23*val10)+(alu24*val11));
      buf0_9 = (buf0_9+(alu20*val12)+(alu21*val13)+(alu22*val14)+(alu23*val15)+(alu24*val16));
      buf0_10 = (buf0_10+(alu20*val17)+(alu21*val18)+(alu22*val19)+(alu23*val20)+(alu24*val21));
      buf0_11 = (buf0_11+(alu20*val22)+(alu21*val23)+(alu22*val24)+(alu23*val25)+(alu24*val26));
      buf0_12 = (buf0_12+(alu21*val27)+(alu22*val8)+(alu23*val9)+(alu24*val10)+(alu25*val11));
      buf0_13 = (buf0_13+(alu21*val12)+(alu22*val13)+(alu23*val14)+(alu24*val15)+(alu25*val16));
      buf0_14 = (buf0_14+(alu21*val17)+(alu22*val18)+(alu23*val19)+(alu24*val20)+(alu25*val21));
      buf0_15 = (buf0_15+(alu21*val22)+(alu22*val23)+(alu23*val24)+(alu24*val25)+(alu25*val26));
    }
  }
  var cast1 = bitcast<i32>((bitcast<u32>(lidx1)<<2u));
  var val28 = data3_32[cast1];
  var val29 = data3_32[(cast1+1)];
  var val30 = data3_32[(cast1+2)];
  var val31 = data3_32[(cast1+3)];
  var alu44 = ((gidx1*80)+(lidx2*20)+cast0+(lidx1*1600)+(gidx2*51200)+(lidx0*12800));
  data0_3276800[(alu44+1)] = (buf0_4+val28);
  data0_3276800[(alu44+2)] = (buf0_8+val28);
  data0_3276800[(alu44+3)] = (buf0_12+val28);
  data0_3276800[(alu44+400)] = (buf0_1+val29);
  data0_3276800[(alu44+401)] = (buf0_5+val29);
  data0_3276800[(alu44+402)] = (buf0_9+val29);
  data0_3276800[(alu44+403)] = (buf0_13+val29);
  data0_3276800[(alu44+800)] = (buf0_2+val30);
  data0_3276800[(alu44+801)] = (buf0_6+val30);
  data0_3276800[(alu44+802)] = (buf0_10+val30);
  data0_3276800[(alu44+803)] = (buf0_14+val30);
  data0_3276800[(alu44+1200)] = (buf0_3+val31);
  data0_3276800[(alu44+1201)] = (buf0_7+val31);
  data0_3276800[(alu44+1202)] = (buf0_11+val31);
  data0_3276800[(alu44+1203)] = (buf0_15+val31);
  data0_3276800[alu44] = (buf0_0+val28);
}
