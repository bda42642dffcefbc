fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf1: array<f32,32>;
@group(0) @binding(1)var<storage,read_write>data0_2560:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_147456:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_5760:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(8,4) fn r_10_256_8_4_18(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 256 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(lidx1)<<3u)));
  var alu1 = (alu0+(gidx0*576));
  var val0 = data1_147456[alu1];
  var val1 = data1_147456[(alu1+32)];
  var val2 = data1_147456[(alu1+64)];
  var val3 = data1_147456[(alu1+96)];
  var val4 = data1_147456[(alu1+128)];
  var val5 = data1_147456[(alu1+160)];
  var val6 = data1_147456[(alu1+192)];
  var val7 = data1_147456[(alu1+224)];
  var val8 = data1_147456[(alu1+256)];
  var val9 = data1_147456[(alu1+288)];
  var val10 = data1_147456[(alu1+320)];
  var val11 = data1_147456[(alu1+352)];
  var val12 = data1_147456[(alu1+384)];
  var val13 = data1_147456[(alu1+416)];
  var val14 = data1_147456[(alu1+448)];
  var val15 = data1_147456[(alu1+480)];
  var val16 = data1_147456[(alu1+512)];
  var val17 = data1_147456[(alu1+544)];
  var gidx1 = i32(gindex.y); /* 10 */
  var alu2 = (alu0+(gidx1*576));
  var val18 = data2_5760[alu2];
  var val19 = data2_5760[(alu2+32)];
  var val20 = data2_5760[(alu2+64)];
  var val21 = data2_5760[(alu2+96)];
  var val22 = data2_5760[(alu2+128)];
  var val23 = data2_5760[(alu2+160)];
  var val24 = data2_5760[(alu2+192)];
  var val25 = data2_5760[(alu2+224)];
  var val26 = data2_5760[(alu2+256)];
  var val27 = data2_5760[(alu2+288)];
  var val28 = data2_5760[(alu2+320)];
  var val29 = data2_5760[(alu2+352)];
  var val30 = data2_5760[(alu2+384)];
  var val31 = data2_5760[(alu2+416)];
  var val32 = data2_5760[(alu2+448)];
  var val33 = data2_5760[(alu2+480)];
  var val34 = data2_5760[(alu2+512)];
  var val35 = data2_5760[(alu2+544)];
  buf1[alu0] = ((val0*val18)+(val1*val19)+(val2*val20)+(val3*val21)+(val4*val22)+(val5*val23)+(val6*val24)+(val7*val25)+(val8*val26)+(val9*val27)+(val10*val28)+(val11*val29)+(val12*val30)+(val13*val31)+(val14*val32)+(val15*val33)+(val16*val34)+(val17*val35));
  workgroupBarrier();
  buf0_0 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 8; Ridx103++) {
    for (var Ridx104 = 0; Ridx104 < 4; Ridx104++) {
      var val36 = buf1[(bitcast<i32>((bitcast<u32>(Ridx104)<<3u))+Ridx103)];
      buf0_0 = (buf0_0+val36);
    }
  }
  var val37 = data3_10[gidx1];
  if (((lidx0==0)&(lidx1==0))) {
    data0_2560[(gidx1+(gidx0*10))] = (buf0_0+val37);
  }
}
