fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,64>;
@group(0) @binding(1)var<storage,read_write>data0_6144:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_24:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_24:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_3538944:array<f32>;
@compute @workgroup_size(16,4) fn r_24_256_16_4_9(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx1 = i32(gindex.y); /* 24 */
  var val0 = data2_24[gidx1];
  var gidx0 = i32(gindex.x); /* 256 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 4 */
  var cast0 = bitcast<i32>((bitcast<u32>(lidx1)<<4u));
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 9; Ridx0++) {
    var alu1 = (lidx0+cast0+bitcast<i32>((bitcast<u32>(Ridx0)<<6u))+(gidx1*576)+(gidx0*13824));
    var val1 = data1_3538944[alu1];
    var val2 = data4_3538944[alu1];
    buf0_0 = (buf0_0+(((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val0)*val2));
  }
  buf2[(lidx0+cast0)] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    for (var Ridx105 = 0; Ridx105 < 4; Ridx105++) {
      var val3 = buf2[(bitcast<i32>((bitcast<u32>(Ridx105)<<4u))+Ridx104)];
      buf1_0 = (buf1_0+val3);
    }
  }
  var val4 = data3_24[gidx1];
  if (((lidx0==0)&(lidx1==0))) {
    data0_6144[(gidx0+bitcast<i32>((bitcast<u32>(gidx1)<<8u)))] = (buf1_0*(1/sqrt((val4+9.999999747378752e-06f))));
  }
}
