fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_640:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_4096:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_640:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(16) fn r_64_10_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 10 */
  var gidx1 = i32(gindex.y); /* 64 */
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    var alu1 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+Ridx0);
    var val0 = data1_4096[(alu1+bitcast<i32>((bitcast<u32>(gidx1)<<6u)))];
    var val1 = data2_640[(alu1+bitcast<i32>((bitcast<u32>(gidx0)<<6u)))];
    buf0_0 = (buf0_0+(val0*(1/(1.0f+exp2((val0*-1.4426950216293335f))))*val1));
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 16; Ridx103++) {
    var val2 = buf2[Ridx103];
    buf1_0 = (buf1_0+val2);
  }
  var val3 = data3_10[gidx0];
  if ((lidx0==0)) {
    data0_640[(gidx0+(gidx1*10))] = (buf1_0+val3);
  }
}
