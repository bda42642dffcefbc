fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_32:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_204800:array<f32>;
@compute @workgroup_size(16) fn r_32_16_4_100(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 32 */
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 100; Ridx1++) {
      var val0 = data1_204800[((gidx0*100)+Ridx1+(lidx0*12800)+(Ridx0*3200))];
      buf0_0 = (buf0_0+val0);
    }
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    var val1 = buf2[Ridx104];
    buf1_0 = (buf1_0+val1);
  }
  if ((lidx0==0)) {
    data0_32[gidx0] = buf1_0;
  }
}
