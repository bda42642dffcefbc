fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf1: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_10:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_10:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_160:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_1:array<f32>;
@compute @workgroup_size(16) fn r_10_16(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 10 */
  var lidx0 = i32(lindex.x); /* 16 */
  var val0 = data2_160[(gidx0+(lidx0*10))];
  buf1[lidx0] = val0;
  workgroupBarrier();
  buf0_0 = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    var val1 = buf1[Ridx102];
    buf0_0 = (buf0_0+val1);
  }
  var val2 = data1_10[gidx0];
  var val3 = data3_1[0];
  if ((lidx0==0)) {
    data0_10[gidx0] = (val2-(buf0_0*val3));
  }
}
