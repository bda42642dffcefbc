fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,96>;
@group(0) @binding(1)var<storage,read_write>data0_18432:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_819200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_1048576:array<f32>;
@compute @workgroup_size(8,3) fn r_64_8_3_8_3_4_256_8(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 8 */
  var gidx2 = i32(gindex.z); /* 64 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 3 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 256; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 8; Ridx1++) {
      var alu4 = (lidx0+lidx1+(gidx0*10)+(Ridx1*10)+(gidx1*400)+(Ridx0*3200));
      var val0 = data1_819200[alu4];
      var val1 = data1_819200[(alu4+100)];
      var val2 = data1_819200[(alu4+200)];
      var val3 = data1_819200[(alu4+300)];
      var val4 = data2_1048576[(lidx0+bitcast<i32>((bitcast<u32>(Ridx1)<<3u))+bitcast<i32>((bitcast<u32>(gidx2)<<6u))+bitcast<i32>((bitcast<u32>(Ridx0)<<12u)))];
      buf0_0 = (buf0_0+(val0*val4));
      buf0_1 = (buf0_1+(val1*val4));
      buf0_2 = (buf0_2+(val2*val4));
      buf0_3 = (buf0_3+(val3*val4));
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx1)<<5u));
  var alu11 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+cast0);
  buf2[alu11] = buf0_0;
  buf2[(alu11+1)] = buf0_1;
  buf2[(alu11+2)] = buf0_2;
  buf2[(alu11+3)] = buf0_3;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 8; Ridx107++) {
    var alu21 = (cast0+bitcast<i32>((bitcast<u32>(Ridx107)<<2u)));
    var val5 = buf2[alu21];
    var val6 = buf2[(alu21+1)];
    var val7 = buf2[(alu21+2)];
    var val8 = buf2[(alu21+3)];
    buf1_0 = (buf1_0+val5);
    buf1_1 = (buf1_1+val6);
    buf1_2 = (buf1_2+val7);
    buf1_3 = (buf1_3+val8);
  }
  var alu27 = (lidx1+(gidx0*3)+(gidx1*36)+(gidx2*288));
  var alu28 = (lidx0==0);
  if (alu28) {
    data0_18432[alu27] = buf1_0;
  }
  if (alu28) {
    data0_18432[(alu27+9)] = buf1_1;
  }
  if (alu28) {
    data0_18432[(alu27+18)] = buf1_2;
  }
  if (alu28) {
    data0_18432[(alu27+27)] = buf1_3;
  }
}
