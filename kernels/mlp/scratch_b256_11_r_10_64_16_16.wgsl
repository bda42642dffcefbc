fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_640:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_16384:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_2560:array<f32>;
@compute @workgroup_size(16) fn r_10_64_16_16(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 64 */
  var gidx1 = i32(gindex.y); /* 10 */
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var val0 = data1_16384[(gidx0+bitcast<i32>((bitcast<u32>(lidx0)<<10u))+bitcast<i32>((bitcast<u32>(Ridx0)<<6u)))];
    var val1 = data2_2560[(gidx1+(lidx0*160)+(Ridx0*10))];
    buf0_0 = (buf0_0+(val0*(1/(1.0f+exp2((val0*-1.4426950216293335f))))*val1));
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 16; Ridx103++) {
    var val2 = buf2[Ridx103];
    buf1_0 = (buf1_0+val2);
  }
  if ((lidx0==0)) {
    data0_640[(gidx0+bitcast<i32>((bitcast<u32>(gidx1)<<6u)))] = buf1_0;
  }
}
