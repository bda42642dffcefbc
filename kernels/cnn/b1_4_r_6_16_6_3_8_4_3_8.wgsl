fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,96>;
@group(0) @binding(1)var<storage,read_write>data0_2304:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_4096:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_36864:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_64:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_64:array<f32>;
@compute @workgroup_size(3,8) fn r_6_16_6_3_8_4_3_8(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32;
  var gidx0 = i32(gindex.x); /* 6 */
  var gidx1 = i32(gindex.y); /* 16 */
  var gidx2 = i32(gindex.z); /* 6 */
  var lidx0 = i32(lindex.x); /* 3 */
  var lidx1 = i32(lindex.y); /* 8 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx1 = 0; Ridx1 < 3; Ridx1++) {
    var alu4 = (gidx0+lidx0+bitcast<i32>((bitcast<u32>(gidx2)<<3u))+bitcast<i32>((bitcast<u32>(Ridx1)<<3u))+bitcast<i32>((bitcast<u32>(lidx1)<<6u)));
    var val0 = data1_4096[alu4];
    var val1 = data1_4096[(alu4+512)];
    var val2 = data1_4096[(alu4+1024)];
    var val3 = data1_4096[(alu4+1536)];
    var val4 = data1_4096[(alu4+2048)];
    var val5 = data1_4096[(alu4+2560)];
    var val6 = data1_4096[(alu4+3072)];
    var val7 = data1_4096[(alu4+3584)];
    var alu5 = (lidx0+(Ridx1*3)+(lidx1*9)+(gidx1*2304));
    var val8 = data2_36864[alu5];
    var val9 = data2_36864[(alu5+72)];
    var val10 = data2_36864[(alu5+144)];
    var val11 = data2_36864[(alu5+216)];
    var val12 = data2_36864[(alu5+288)];
    var val13 = data2_36864[(alu5+360)];
    var val14 = data2_36864[(alu5+432)];
    var val15 = data2_36864[(alu5+504)];
    var val16 = data2_36864[(alu5+576)];
    var val17 = data2_36864[(alu5+648)];
    var val18 = data2_36864[(alu5+720)];
    var val19 = data2_36864[(alu5+792)];
    var val20 = data2_36864[(alu5+864)];
    var val21 = data2_36864[(alu5+936)];
    var val22 = data2_36864[(alu5+1008)];
    var val23 = data2_36864[(alu5+1080)];
    var val24 = data2_36864[(alu5+1152)];
    var val25 = data2_36864[(alu5+1224)];
    var val26 = data2_36864[(alu5+1296)];
    var val27 = data2_36864[(alu5+1368)];
    var val28 = data2_36864[(alu5+1440)];
    var val29 = data2_36864[(alu5+1512)];
    var val30 = data2_36864[(alu5+1584)];
    var val31 = data2_36864[(alu5+1656)];
    var val32 = data2_36864[(alu5+1728)];
    var val33 = data2_36864[(alu5+1800)];
    var val34 = data2_36864[(alu5+1872)];
    var val35 = data2_36864[(alu5+1944)];
    var val36 = data2_36864[(alu5+2016)];
    var val37 = data2_36864[(alu5+2088)];
    var val38 = data2_36864[(alu5+2160)];
    var val39 = data2_36864[(alu5+2232)];
    buf0_0 = (buf0_0+(val0*val8)+(val1*val9)+(val2*val10)+(val3*val11)+(val4*val12)+(val5*val13)+(val6*val14)+(val7*val15));
    buf0_1 = (buf0_1+(val0*val16)+(val1*val17)+(val2*val18)+(val3*val19)+(val4*val20)+(val5*val21)+(val6*val22)+(val7*val23));
    buf0_2 = (buf0_2+(val0*val24)+(val1*val25)+(val2*val26)+(val3*val27)+(val4*val28)+(val5*val29)+(val6*val30)+(val7*val31));
    buf0_3 = (buf0_3+(val0*val32)+(val1*val33)+(val2*val34)+(val3*val35)+(val4*val36)+(val5*val37)+(val6*val38)+(val7*val39));
  }
  var alu11 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+(lidx1*12));
  buf2[alu11] = buf0_0;
  buf2[(alu11+1)] = buf0_1;
  buf2[(alu11+2)] = buf0_2;
  buf2[(alu11+3)] = buf0_3;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  for (var Ridx106 = 0; Ridx106 < 3; Ridx106++) {
    for (var Ridx107 = 0; Ridx107 < 8; Ridx107++) {
      var alu21 = (bitcast<i32>((bitcast<u32>(Ridx106)<<2u))+(Ridx107*12));
      var val40 = buf2[alu21];
      var val41 = buf2[(alu21+1)];
      var val42 = buf2[(alu21+2)];
      var val43 = buf2[(alu21+3)];
      buf1_0 = (buf1_0+val40);
      buf1_1 = (buf1_1+val41);
      buf1_2 = (buf1_2+val42);
      buf1_3 = (buf1_3+val43);
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(gidx1)<<2u));
  var val44 = data3_64[cast0];
  var alu28 = (cast0+1);
  var val45 = data3_64[alu28];
  var alu29 = (cast0+2);
  var val46 = data3_64[alu29];
  var alu30 = (cast0+3);
  var val47 = data3_64[alu30];
  var val48 = data4_64[cast0];
  var val49 = data4_64[alu28];
  var val50 = data4_64[alu29];
  var val51 = data4_64[alu30];
  var val52 = data5_64[cast0];
  var val53 = data5_64[alu28];
  var val54 = data5_64[alu29];
  var val55 = data5_64[alu30];
  var alu31 = (gidx0+(gidx2*6)+(gidx1*144));
  var alu32 = (buf1_0+val44);
  var alu33 = (buf1_1+val45);
  var alu34 = (buf1_2+val46);
  var alu35 = (buf1_3+val47);
  var alu36 = ((lidx0==0)&(lidx1==0));
  if (alu36) {
    data0_2304[alu31] = ((alu32*(1/(1.0f+exp2((alu32*-1.4426950216293335f))))*val48)+val52);
  }
  if (alu36) {
    data0_2304[(alu31+36)] = ((alu33*(1/(1.0f+exp2((alu33*-1.4426950216293335f))))*val49)+val53);
  }
  if (alu36) {
    data0_2304[(alu31+72)] = ((alu34*(1/(1.0f+exp2((alu34*-1.4426950216293335f))))*val50)+val54);
  }
  if (alu36) {
    data0_2304[(alu31+108)] = ((alu35*(1/(1.0f+exp2((alu35*-1.4426950216293335f))))*val51)+val55);
  }
}
