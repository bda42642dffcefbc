fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,24>;
@group(0) @binding(1)var<storage,read_write>data0_9216:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_819200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_524288:array<f32>;
@compute @workgroup_size(8,3) fn r_32_32_3_8_3_256_8(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 32 */
  var gidx2 = i32(gindex.z); /* 32 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 3 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 256; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 8; Ridx1++) {
      var val0 = data1_819200[(gidx0+lidx0+(lidx1*10)+(Ridx1*10)+(gidx1*100)+(Ridx0*3200))];
      var val1 = data2_524288[(lidx0+bitcast<i32>((bitcast<u32>(Ridx1)<<3u))+bitcast<i32>((bitcast<u32>(gidx2)<<6u))+bitcast<i32>((bitcast<u32>(Ridx0)<<11u)))];
      buf0_0 = (buf0_0+(val0*(1/(1.0f+exp2((val0*-1.4426950216293335f))))*val1));
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx1)<<3u));
  buf2[(lidx0+cast0)] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 8; Ridx107++) {
    var val2 = buf2[(cast0+Ridx107)];
    buf1_0 = (buf1_0+val2);
  }
  if ((lidx0==0)) {
    data0_9216[(gidx0+(lidx1*3)+(gidx1*9)+(gidx2*288))] = buf1_0;
  }
}
