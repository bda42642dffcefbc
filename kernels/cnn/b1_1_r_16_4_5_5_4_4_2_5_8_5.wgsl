fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,800>;
@group(0) @binding(1)var<storage,read_write>data0_12800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_18432:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_25600:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(5,4,4) fn r_16_4_5_5_4_4_2_5_8_5(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32; var buf1_4: f32; var buf1_5: f32; var buf1_6: f32; var buf1_7: f32; var buf1_8: f32; var buf1_9: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 4 */
  var gidx2 = i32(gindex.z); /* 16 */
  var lidx0 = i32(lindex.x); /* 5 */
  var lidx1 = i32(lindex.y); /* 4 */
  var lidx2 = i32(lindex.z); /* 4 */
  var alu0 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<2u)));
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
  for (var Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    var alu11 = (lidx0+alu0+(gidx1*120)+(lidx2*576)+(Ridx0*2304));
    var val0 = data1_18432[alu11];
    var val1 = data1_18432[(alu11+24)];
    var val2 = data1_18432[(alu11+48)];
    var val3 = data1_18432[(alu11+72)];
    var val4 = data1_18432[(alu11+96)];
    var val5 = data1_18432[(alu11+120)];
    var val6 = data1_18432[(alu11+144)];
    var val7 = data1_18432[(alu11+168)];
    var val8 = data1_18432[(alu11+192)];
    var alu12 = (lidx0+(lidx2*25)+(Ridx0*100)+(gidx2*1600));
    var val9 = data2_25600[alu12];
    var val10 = data2_25600[(alu12+5)];
    var val11 = data2_25600[(alu12+10)];
    var val12 = data2_25600[(alu12+15)];
    var val13 = data2_25600[(alu12+20)];
    var val14 = data2_25600[(alu12+800)];
    var val15 = data2_25600[(alu12+805)];
    var val16 = data2_25600[(alu12+810)];
    var val17 = data2_25600[(alu12+815)];
    var val18 = data2_25600[(alu12+820)];
    buf0_0 = (buf0_0+(val0*val9)+(val1*val10)+(val2*val11)+(val3*val12)+(val4*val13));
    buf0_1 = (buf0_1+(val0*val14)+(val1*val15)+(val2*val16)+(val3*val17)+(val4*val18));
    buf0_2 = (buf0_2+(val1*val9)+(val2*val10)+(val3*val11)+(val4*val12)+(val5*val13));
    buf0_3 = (buf0_3+(val1*val14)+(val2*val15)+(val3*val16)+(val4*val17)+(val5*val18));
    buf0_4 = (buf0_4+(val2*val9)+(val3*val10)+(val4*val11)+(val5*val12)+(val6*val13));
    buf0_5 = (buf0_5+(val2*val14)+(val3*val15)+(val4*val16)+(val5*val17)+(val6*val18));
    buf0_6 = (buf0_6+(val3*val9)+(val4*val10)+(val5*val11)+(val6*val12)+(val7*val13));
    buf0_7 = (buf0_7+(val3*val14)+(val4*val15)+(val5*val16)+(val6*val17)+(val7*val18));
    buf0_8 = (buf0_8+(val4*val9)+(val5*val10)+(val6*val11)+(val7*val12)+(val8*val13));
    buf0_9 = (buf0_9+(val4*val14)+(val5*val15)+(val6*val16)+(val7*val17)+(val8*val18));
  }
  var alu24 = (lidx1*200);
  var alu25 = ((lidx0*10)+(lidx2*50)+alu24);
  buf2[(alu25+1)] = buf0_1;
  buf2[(alu25+2)] = buf0_2;
  buf2[(alu25+3)] = buf0_3;
  buf2[(alu25+4)] = buf0_4;
  buf2[(alu25+5)] = buf0_5;
  buf2[(alu25+6)] = buf0_6;
  buf2[(alu25+7)] = buf0_7;
  buf2[(alu25+8)] = buf0_8;
  buf2[(alu25+9)] = buf0_9;
  buf2[alu25] = buf0_0;
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
  for (var Ridx106 = 0; Ridx106 < 5; Ridx106++) {
    for (var Ridx109 = 0; Ridx109 < 4; Ridx109++) {
      var alu47 = ((Ridx106*10)+(Ridx109*50)+alu24);
      var val19 = buf2[(alu47+1)];
      var val20 = buf2[(alu47+2)];
      var val21 = buf2[(alu47+3)];
      var val22 = buf2[(alu47+4)];
      var val23 = buf2[(alu47+5)];
      var val24 = buf2[(alu47+6)];
      var val25 = buf2[(alu47+7)];
      var val26 = buf2[(alu47+8)];
      var val27 = buf2[(alu47+9)];
      var val28 = buf2[alu47];
      buf1_0 = (buf1_0+val28);
      buf1_1 = (buf1_1+val19);
      buf1_2 = (buf1_2+val20);
      buf1_3 = (buf1_3+val21);
      buf1_4 = (buf1_4+val22);
      buf1_5 = (buf1_5+val23);
      buf1_6 = (buf1_6+val24);
      buf1_7 = (buf1_7+val25);
      buf1_8 = (buf1_8+val26);
      buf1_9 = (buf1_9+val27);
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(gidx2)<<1u));
  var val29 = data3_32[cast0];
  var alu60 = (cast0+1);
  var val30 = data3_32[alu60];
  var val31 = data4_32[cast0];
  var val32 = data4_32[alu60];
  var val33 = data5_32[cast0];
  var val34 = data5_32[alu60];
  var alu61 = (alu0+(gidx1*100)+(gidx2*800));
  var alu62 = (buf1_0+val29);
  var alu63 = (buf1_1+val30);
  var alu64 = (buf1_2+val29);
  var alu65 = (buf1_3+val30);
  var alu66 = (buf1_4+val29);
  var alu67 = (buf1_5+val30);
  var alu68 = (buf1_6+val29);
  var alu69 = (buf1_7+val30);
  var alu70 = (buf1_8+val29);
  var alu71 = (buf1_9+val30);
  var alu72 = ((lidx0==0)&(lidx2==0));
  if (alu72) {
    data0_12800[alu61] = ((alu62*(1/(1.0f+exp2((alu62*-1.4426950216293335f))))*val31)+val33);
  }
  if (alu72) {
    data0_12800[(alu61+20)] = ((alu64*(1/(1.0f+exp2((alu64*-1.4426950216293335f))))*val31)+val33);
  }
  if (alu72) {
    data0_12800[(alu61+40)] = ((alu66*(1/(1.0f+exp2((alu66*-1.4426950216293335f))))*val31)+val33);
  }
  if (alu72) {
    data0_12800[(alu61+60)] = ((alu68*(1/(1.0f+exp2((alu68*-1.4426950216293335f))))*val31)+val33);
  }
  if (alu72) {
    data0_12800[(alu61+80)] = ((alu70*(1/(1.0f+exp2((alu70*-1.4426950216293335f))))*val31)+val33);
  }
  if (alu72) {
    data0_12800[(alu61+400)] = ((alu63*(1/(1.0f+exp2((alu63*-1.4426950216293335f))))*val32)+val34);
  }
  if (alu72) {
    data0_12800[(alu61+420)] = ((alu65*(1/(1.0f+exp2((alu65*-1.4426950216293335f))))*val32)+val34);
  }
  if (alu72) {
    data0_12800[(alu61+440)] = ((alu67*(1/(1.0f+exp2((alu67*-1.4426950216293335f))))*val32)+val34);
  }
  if (alu72) {
    data0_12800[(alu61+460)] = ((alu69*(1/(1.0f+exp2((alu69*-1.4426950216293335f))))*val32)+val34);
  }
  if (alu72) {
    data0_12800[(alu61+480)] = ((alu71*(1/(1.0f+exp2((alu71*-1.4426950216293335f))))*val32)+val34);
  }
}
