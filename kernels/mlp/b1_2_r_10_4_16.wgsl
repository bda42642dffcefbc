fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf1: array<f32,4>;
@group(0) @binding(1)var<storage,read_write>data0_10:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_64:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_640:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(4) fn r_10_4_16(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var lidx0 = i32(lindex.x); /* 4 */
  var val0 = data1_64[lidx0];
  var val1 = data1_64[(lidx0+4)];
  var val2 = data1_64[(lidx0+8)];
  var val3 = data1_64[(lidx0+12)];
  var val4 = data1_64[(lidx0+16)];
  var val5 = data1_64[(lidx0+20)];
  var val6 = data1_64[(lidx0+24)];
  var val7 = data1_64[(lidx0+28)];
  var val8 = data1_64[(lidx0+32)];
  var val9 = data1_64[(lidx0+36)];
  var val10 = data1_64[(lidx0+40)];
  var val11 = data1_64[(lidx0+44)];
  var val12 = data1_64[(lidx0+48)];
  var val13 = data1_64[(lidx0+52)];
  var val14 = data1_64[(lidx0+56)];
  var val15 = data1_64[(lidx0+60)];
  var gidx0 = i32(gindex.x); /* 10 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<6u)));
  var val16 = data2_640[alu0];
  var val17 = data2_640[(alu0+4)];
  var val18 = data2_640[(alu0+8)];
  var val19 = data2_640[(alu0+12)];
  var val20 = data2_640[(alu0+16)];
  var val21 = data2_640[(alu0+20)];
  var val22 = data2_640[(alu0+24)];
  var val23 = data2_640[(alu0+28)];
  var val24 = data2_640[(alu0+32)];
  var val25 = data2_640[(alu0+36)];
  var val26 = data2_640[(alu0+40)];
  var val27 = data2_640[(alu0+44)];
  var val28 = data2_640[(alu0+48)];
  var val29 = data2_640[(alu0+52)];
  var val30 = data2_640[(alu0+56)];
  var val31 = data2_640[(alu0+60)];
  buf1[lidx0] = ((val0*val16)+(val1*val17)+(val2*val18)+(val3*val19)+(val4*val20)+(val5*val21)+(val6*val22)+(val7*val23)+(val8*val24)+(val9*val25)+(val10*val26)+(val11*val27)+(val12*val28)+(val13*val29)+(val14*val30)+(val15*val31));
  workgroupBarrier();
  buf0_0 = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 4; Ridx102++) {
    var val32 = buf1[Ridx102];
    buf0_0 = (buf0_0+val32);
  }
  var val33 = data3_10[gidx0];
  if ((lidx0==0)) {
    data0_10[gidx0] = (buf0_0+val33);
  }
}
