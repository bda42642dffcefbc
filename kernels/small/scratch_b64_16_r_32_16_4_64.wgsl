fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_32:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_131072:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_32:array<f32>;
@compute @workgroup_size(16) fn r_32_16_4_64(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 32 */
  var val0 = data2_32[gidx0];
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 64; Ridx1++) {
      var val1 = data1_131072[(bitcast<i32>((bitcast<u32>(gidx0)<<6u))+Ridx1+bitcast<i32>((bitcast<u32>(lidx0)<<13u))+bitcast<i32>((bitcast<u32>(Ridx0)<<11u)))];
      var alu1 = ((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val0);
      buf0_0 = (buf0_0+(alu1*alu1));
    }
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    var val2 = buf2[Ridx104];
    buf1_0 = (buf1_0+val2);
  }
  if ((lidx0==0)) {
    data0_32[gidx0] = (buf1_0*0.000244140625f);
  }
}
