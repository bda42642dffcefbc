fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,256>;
@group(0) @binding(1)var<storage,read_write>data0_4096:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_18432:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@compute @workgroup_size(8,8,2) fn r_32_4_8_8_2_2_3_4_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32;
  var buf1_0: f32; var buf1_1: f32;
  var gidx0 = i32(gindex.x); /* 4 */
  var gidx1 = i32(gindex.y); /* 32 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 8 */
  var lidx2 = i32(lindex.z); /* 2 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  for (var Ridx2 = 0; Ridx2 < 3; Ridx2++) {
    var alu2 = (lidx0+Ridx2+(gidx0*20)+(lidx2*10)+(lidx1*100));
    var val0 = data1_3200[alu2];
    var val1 = data1_3200[(alu2+10)];
    var val2 = data1_3200[(alu2+20)];
    var val3 = data1_3200[(alu2+800)];
    var val4 = data1_3200[(alu2+810)];
    var val5 = data1_3200[(alu2+820)];
    var val6 = data1_3200[(alu2+1600)];
    var val7 = data1_3200[(alu2+1610)];
    var val8 = data1_3200[(alu2+1620)];
    var val9 = data1_3200[(alu2+2400)];
    var val10 = data1_3200[(alu2+2410)];
    var val11 = data1_3200[(alu2+2420)];
    var alu3 = ((lidx1*9)+Ridx2+(gidx1*576));
    var val12 = data2_18432[(alu3+3)];
    var val13 = data2_18432[(alu3+6)];
    var val14 = data2_18432[(alu3+72)];
    var val15 = data2_18432[(alu3+75)];
    var val16 = data2_18432[(alu3+78)];
    var val17 = data2_18432[(alu3+144)];
    var val18 = data2_18432[(alu3+147)];
    var val19 = data2_18432[(alu3+150)];
    var val20 = data2_18432[(alu3+216)];
    var val21 = data2_18432[(alu3+219)];
    var val22 = data2_18432[(alu3+222)];
    var val23 = data2_18432[(alu3+288)];
    var val24 = data2_18432[(alu3+291)];
    var val25 = data2_18432[(alu3+294)];
    var val26 = data2_18432[(alu3+360)];
    var val27 = data2_18432[(alu3+363)];
    var val28 = data2_18432[(alu3+366)];
    var val29 = data2_18432[(alu3+432)];
    var val30 = data2_18432[(alu3+435)];
    var val31 = data2_18432[(alu3+438)];
    var val32 = data2_18432[(alu3+504)];
    var val33 = data2_18432[(alu3+507)];
    var val34 = data2_18432[(alu3+510)];
    var val35 = data2_18432[alu3];
    buf0_0 = (buf0_0+(val0*val35)+(val1*val12)+(val2*val13)+(val3*val14)+(val4*val15)+(val5*val16)+(val6*val17)+(val7*val18)+(val8*val19)+(val9*val20)+(val10*val21)+(val11*val22));
    buf0_1 = (buf0_1+(val0*val23)+(val1*val24)+(val2*val25)+(val3*val26)+(val4*val27)+(val5*val28)+(val6*val29)+(val7*val30)+(val8*val31)+(val9*val32)+(val10*val33)+(val11*val34));
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx0)<<4u));
  var cast1 = bitcast<u32>(lidx2);
  var cast2 = bitcast<i32>((cast1<<7u));
  var alu7 = (cast0+bitcast<i32>((bitcast<u32>(lidx1)<<1u))+cast2);
  buf2[alu7] = buf0_0;
  buf2[(alu7+1)] = buf0_1;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 8; Ridx107++) {
    var alu13 = (cast0+bitcast<i32>((bitcast<u32>(Ridx107)<<1u))+cast2);
    var val36 = buf2[alu13];
    var val37 = buf2[(alu13+1)];
    buf1_0 = (buf1_0+val36);
    buf1_1 = (buf1_1+val37);
  }
  var cast3 = bitcast<u32>(gidx1);
  var cast4 = bitcast<i32>((cast3<<1u));
  var val38 = data3_64[cast4];
  var val39 = data3_64[(cast4+1)];
  var alu17 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<4u))+bitcast<i32>((cast1<<3u))+bitcast<i32>((cast3<<7u)));
  var alu18 = (buf1_0+val38);
  var alu19 = (buf1_1+val39);
  var alu20 = (lidx1==0);
  if (alu20) {
    data0_4096[alu17] = (alu18*(1/(1.0f+exp2((alu18*-1.4426950216293335f)))));
  }
  if (alu20) {
    data0_4096[(alu17+64)] = (alu19*(1/(1.0f+exp2((alu19*-1.4426950216293335f)))));
  }
}
