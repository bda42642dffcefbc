fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_204800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_294912:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_25600:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(4,8,4) fn r_4_5_5_4_8_4_4_4_32_5_5(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32; var buf0_12: f32; var buf0_13: f32; var buf0_14: f32; var buf0_15: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 5 */
  var gidx2 = i32(gindex.z); /* 4 */
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
      var val0 = data1_294912[(alu16+1)];
      var val1 = data1_294912[(alu16+2)];
      var val2 = data1_294912[(alu16+3)];
      var val3 = data1_294912[(alu16+4)];
      var val4 = data1_294912[(alu16+5)];
      var val5 = data1_294912[(alu16+6)];
      var val6 = data1_294912[(alu16+7)];
      var val7 = data1_294912[alu16];
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
      buf0_0 = (buf0_0+(val7*val27)+(val0*val8)+(val1*val9)+(val2*val10)+(val3*val11));
      buf0_1 = (buf0_1+(val7*val12)+(val0*val13)+(val1*val14)+(val2*val15)+(val3*val16));
      buf0_2 = (buf0_2+(val7*val17)+(val0*val18)+(val1*val19)+(val2*val20)+(val3*val21));
      buf0_3 = (buf0_3+(val7*val22)+(val0*val23)+(val1*val24)+(val2*val25)+(val3*val26));
      buf0_4 = (buf0_4+(val0*val27)+(val1*val8)+(val2*val9)+(val3*val10)+(val4*val11));
      buf0_5 = (buf0_5+(val0*val12)+(val1*val13)+(val2*val14)+(val3*val15)+(val4*val16));
      buf0_6 = (buf0_6+(val0*val17)+(val1*val18)+(val2*val19)+(val3*val20)+(val4*val21));
      buf0_7 = (buf0_7+(val0*val22)+(val1*val23)+(val2*val24)+(val3*val25)+(val4*val26));
      buf0_8 = (buf0_8+(val1*val27)+(val2*val8)+(val3*val9)+(val4*val10)+(val5*val11));
      buf0_9 = (buf0_9+(val1*val12)+(val2*val13)+(val3*val14)+(val4*val15)+(val5*val16));
      buf0_10 = (buf0_10+(val1*val17)+(val2*val18)+(val3*val19)+(val4*val20)+(val5*val21));
      buf0_11 = (buf0_11+(val1*val22)+(val2*val23)+(val3*val24)+(val4*val25)+(val5*val26));
      buf0_12 = (buf0_12+(val2*val27)+(val3*val8)+(val4*val9)+(val5*val10)+(val6*val11));
      buf0_13 = (buf0_13+(val2*val12)+(val3*val13)+(val4*val14)+(val5*val15)+(val6*val16));
      buf0_14 = (buf0_14+(val2*val17)+(val3*val18)+(val4*val19)+(val5*val20)+(val6*val21));
      buf0_15 = (buf0_15+(val2*val22)+(val3*val23)+(val4*val24)+(val5*val25)+(val6*val26));
    }
  }
  var cast1 = bitcast<i32>((bitcast<u32>(lidx1)<<2u));
  var val28 = data3_32[cast1];
  var alu36 = (cast1+1);
  var val29 = data3_32[alu36];
  var alu37 = (cast1+2);
  var val30 = data3_32[alu37];
  var alu38 = (cast1+3);
  var val31 = data3_32[alu38];
  var val32 = data4_32[cast1];
  var val33 = data4_32[alu36];
  var val34 = data4_32[alu37];
  var val35 = data4_32[alu38];
  var val36 = data5_32[cast1];
  var val37 = data5_32[alu36];
  var val38 = data5_32[alu37];
  var val39 = data5_32[alu38];
  var alu39 = ((gidx1*80)+(lidx2*20)+cast0+(lidx1*1600)+(gidx2*51200)+(lidx0*12800));
  var alu40 = (buf0_0+val28);
  var alu41 = (buf0_1+val29);
  var alu42 = (buf0_2+val30);
  var alu43 = (buf0_3+val31);
  var alu44 = (buf0_4+val28);
  var alu45 = (buf0_5+val29);
  var alu46 = (buf0_6+val30);
  var alu47 = (buf0_7+val31);
  var alu48 = (buf0_8+val28);
  var alu49 = (buf0_9+val29);
  var alu50 = (buf0_10+val30);
  var alu51 = (buf0_11+val31);
  var alu52 = (buf0_12+val28);
  var alu53 = (buf0_13+val29);
  var alu54 = (buf0_14+val30);
  var alu55 = (buf0_15+val31);
  data0_204800[(alu39+1)] = ((alu44*(1/(1.0f+exp2((alu44*-1.4426950216293335f))))*val32)+val36);
  data0_204800[(alu39+2)] = ((alu48*(1/(1.0f+exp2((alu48*-1.4426950216293335f))))*val32)+val36);
  data0_204800[(alu39+3)] = ((alu52*(1/(1.0f+exp2((alu52*-1.4426950216293335f))))*val32)+val36);
  data0_204800[(alu39+400)] = ((alu41*(1/(1.0f+exp2((alu41*-1.4426950216293335f))))*val33)+val37);
  data0_204800[(alu39+401)] = ((alu45*(1/(1.0f+exp2((alu45*-1.4426950216293335f))))*val33)+val37);
  data0_204800[(alu39+402)] = ((alu49*(1/(1.0f+exp2((alu49*-1.4426950216293335f))))*val33)+val37);
  data0_204800[(alu39+403)] = ((alu53*(1/(1.0f+exp2((alu53*-1.4426950216293335f))))*val33)+val37);
  data0_204800[(alu39+800)] = ((alu42*(1/(1.0f+exp2((alu42*-1.4426950216293335f))))*val34)+val38);
  data0_204800[(alu39+801)] = ((alu46*(1/(1.0f+exp2((alu46*-1.4426950216293335f))))*val34)+val38);
  data0_204800[(alu39+802)] = ((alu50*(1/(1.0f+exp2((alu50*-1.4426950216293335f))))*val34)+val38);
  data0_204800[(alu39+803)] = ((alu54*(1/(1.0f+exp2((alu54*-1.4426950216293335f))))*val34)+val38);
  data0_204800[(alu39+1200)] = ((alu43*(1/(1.0f+exp2((alu43*-1.4426950216293335f))))*val35)+val39);
  data0_204800[(alu39+1201)] = ((alu47*(1/(1.0f+exp2((alu47*-1.4426950216293335f))))*val35)+val39);
  data0_204800[(alu39+1202)] = ((alu51*(1/(1.0f+exp2((alu51*-1.4426950216293335f))))*val35)+val39);
  data0_204800[(alu39+1203)] = ((alu55*(1/(1.0f+exp2((alu55*-1.4426950216293335f))))*val35)+val39);
  data0_204800[alu39] = ((alu40*(1/(1.0f+exp2((alu40*-1.4426950216293335f))))*val32)+val36);
}
