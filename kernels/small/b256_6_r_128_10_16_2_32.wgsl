fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf1: array<f32,32>;
@group(0) @binding(1)var<storage,read_write>data0_2560:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_131072:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_5120:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(16,2) fn r_128_10_16_2_32(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx1 = i32(gindex.y); /* 128 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 2 */
  var cast0 = bitcast<u32>(lidx1);
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx1)<<10u))+bitcast<i32>((cast0<<9u)));
  var val0 = data1_131072[alu0];
  var val1 = data1_131072[(alu0+16)];
  var val2 = data1_131072[(alu0+32)];
  var val3 = data1_131072[(alu0+48)];
  var val4 = data1_131072[(alu0+64)];
  var val5 = data1_131072[(alu0+80)];
  var val6 = data1_131072[(alu0+96)];
  var val7 = data1_131072[(alu0+112)];
  var val8 = data1_131072[(alu0+128)];
  var val9 = data1_131072[(alu0+144)];
  var val10 = data1_131072[(alu0+160)];
  var val11 = data1_131072[(alu0+176)];
  var val12 = data1_131072[(alu0+192)];
  var val13 = data1_131072[(alu0+208)];
  var val14 = data1_131072[(alu0+224)];
  var val15 = data1_131072[(alu0+240)];
  var val16 = data1_131072[(alu0+256)];
  var val17 = data1_131072[(alu0+272)];
  var val18 = data1_131072[(alu0+288)];
  var val19 = data1_131072[(alu0+304)];
  var val20 = data1_131072[(alu0+320)];
  var val21 = data1_131072[(alu0+336)];
  var val22 = data1_131072[(alu0+352)];
  var val23 = data1_131072[(alu0+368)];
  var val24 = data1_131072[(alu0+384)];
  var val25 = data1_131072[(alu0+400)];
  var val26 = data1_131072[(alu0+416)];
  var val27 = data1_131072[(alu0+432)];
  var val28 = data1_131072[(alu0+448)];
  var val29 = data1_131072[(alu0+464)];
  var val30 = data1_131072[(alu0+480)];
  var val31 = data1_131072[(alu0+496)];
  var gidx0 = i32(gindex.x); /* 10 */
  var alu1 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<9u)));
  var val32 = data2_5120[alu1];
  var val33 = data2_5120[(alu1+16)];
  var val34 = data2_5120[(alu1+32)];
  var val35 = data2_5120[(alu1+48)];
  var val36 = data2_5120[(alu1+64)];
  var val37 = data2_5120[(alu1+80)];
  var val38 = data2_5120[(alu1+96)];
  var val39 = data2_5120[(alu1+112)];
  var val40 = data2_5120[(alu1+128)];
  var val41 = data2_5120[(alu1+144)];
  var val42 = data2_5120[(alu1+160)];
  var val43 = data2_5120[(alu1+176)];
  var val44 = data2_5120[(alu1+192)];
  var val45 = data2_5120[(alu1+208)];
  var val46 = data2_5120[(alu1+224)];
  var val47 = data2_5120[(alu1+240)];
  var val48 = data2_5120[(alu1+256)];
  var val49 = data2_5120[(alu1+272)];
  var val50 = data2_5120[(alu1+288)];
  var val51 = data2_5120[(alu1+304)];
  var val52 = data2_5120[(alu1+320)];
  var val53 = data2_5120[(alu1+336)];
  var val54 = data2_5120[(alu1+352)];
  var val55 = data2_5120[(alu1+368)];
  var val56 = data2_5120[(alu1+384)];
  var val57 = data2_5120[(alu1+400)];
  var val58 = data2_5120[(alu1+416)];
  var val59 = data2_5120[(alu1+432)];
  var val60 = data2_5120[(alu1+448)];
  var val61 = data2_5120[(alu1+464)];
  var val62 = data2_5120[(alu1+480)];
  var val63 = data2_5120[(alu1+496)];
  var cast1 = bitcast<i32>((cast0<<4u));
  buf1[(lidx0+cast1)] = ((val0*val32)+(val1*val33)+(val2*val34)+(val3*val35)+(val4*val36)+(val5*val37)+(val6*val38)+(val7*val39)+(val8*val40)+(val9*val41)+(val10*val42)+(val11*val43)+(val12*val44)+(val13*val45)+(val14*val46)+(val15*val47)+(val16*val48)+(val17*val49)+(val18*val50)+(val19*val51)+(val20*val52)+(val21*val53)+(val22*val54)+(val23*val55)+(val24*val56)+(val25*val57)+(val26*val58)+(val27*val59)+(val28*val60)+(val29*val61)+(val30*val62)+(val31*val63));
  workgroupBarrier();
  buf0_0 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 16; Ridx103++) {
    var val64 = buf1[(cast1+Ridx103)];
    buf0_0 = (buf0_0+val64);
  }
  var val65 = data3_10[gidx0];
  if ((lidx0==0)) {
    data0_2560[(gidx0+(gidx1*20)+(lidx1*10))] = (buf0_0+val65);
  }
}
