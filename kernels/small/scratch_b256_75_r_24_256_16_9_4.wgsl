fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_6144:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_24:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_24:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_3538944:array<f32>;
@compute @workgroup_size(16) fn r_24_256_16_9_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx1 = i32(gindex.y); /* 24 */
  var val0 = data2_24[gidx1];
  var gidx0 = i32(gindex.x); /* 256 */
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 9; Ridx0++) {
    var alu1 = (lidx0+bitcast<i32>((bitcast<u32>(Ridx0)<<6u))+(gidx1*576)+(gidx0*13824));
    var val1 = data1_3538944[alu1];
    var alu2 = (alu1+16);
    var val2 = data1_3538944[alu2];
    var alu3 = (alu1+32);
    var val3 = data1_3538944[alu3];
    var alu4 = (alu1+48);
    var val4 = data1_3538944[alu4];
    var val5 = data4_3538944[alu1];
    var val6 = data4_3538944[alu2];
    var val7 = data4_3538944[alu3];
    var val8 = data4_3538944[alu4];
    buf0_0 = (buf0_0+(((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val0)*val5)+(((val2*(1/(1.0f+exp2((val2*-1.4426950216293335f)))))-val0)*val6)+(((val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))))-val0)*val7)+(((val4*(1/(1.0f+exp2((val4*-1.4426950216293335f)))))-val0)*val8));
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    var val9 = buf2[Ridx104];
    buf1_0 = (buf1_0+val9);
  }
  var val10 = data3_24[gidx1];
  if ((lidx0==0)) {
    data0_6144[(gidx0+bitcast<i32>((bitcast<u32>(gidx1)<<8u)))] = (buf1_0*val10);
  }
}
