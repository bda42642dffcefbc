fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,24>;
@group(0) @binding(1)var<storage,read_write>data0_13824:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_8112:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_2592:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_24:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_24:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_24:array<f32>;
@compute @workgroup_size(8,3) fn r_3_24_24_8_3_12_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 24 */
  var gidx1 = i32(gindex.y); /* 24 */
  var gidx2 = i32(gindex.z); /* 3 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 3 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx2)<<3u)));
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 12; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 3; Ridx1++) {
      var val0 = data1_8112[(lidx1+alu0+(gidx1*26)+(Ridx1*26)+(Ridx0*676))];
      var val1 = data2_2592[(lidx1+(Ridx1*3)+(Ridx0*9)+(gidx0*108))];
      buf0_0 = (buf0_0+(val0*val1));
    }
  }
  var alu5 = (lidx0*3);
  buf2[(lidx1+alu5)] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 3; Ridx107++) {
    var val2 = buf2[(alu5+Ridx107)];
    buf1_0 = (buf1_0+val2);
  }
  var val3 = data3_24[gidx0];
  var val4 = data4_24[gidx0];
  var val5 = data5_24[gidx0];
  var alu11 = (buf1_0+val3);
  if ((lidx1==0)) {
    data0_13824[(alu0+(gidx1*24)+(gidx0*576))] = ((alu11*(1/(1.0f+exp2((alu11*-1.4426950216293335f))))*val4)+val5);
  }
}
