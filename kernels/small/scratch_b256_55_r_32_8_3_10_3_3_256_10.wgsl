fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,90>;
@group(0) @binding(1)var<storage,read_write>data0_6912:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_884736:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_819200:array<f32>;
@compute @workgroup_size(10,3) fn r_32_8_3_10_3_3_256_10(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 8 */
  var gidx2 = i32(gindex.z); /* 32 */
  var lidx0 = i32(lindex.x); /* 10 */
  var lidx1 = i32(lindex.y); /* 3 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 256; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 10; Ridx1++) {
      var alu3 = (lidx0+lidx1+(gidx0*12)+(Ridx1*12)+(gidx1*432)+(Ridx0*3456));
      var val0 = data1_884736[alu3];
      var val1 = data1_884736[(alu3+144)];
      var val2 = data1_884736[(alu3+288)];
      var val3 = data2_819200[(lidx0+(Ridx1*10)+(gidx2*100)+(Ridx0*3200))];
      buf0_0 = (buf0_0+(val0*val3));
      buf0_1 = (buf0_1+(val1*val3));
      buf0_2 = (buf0_2+(val2*val3));
    }
  }
  var alu9 = (lidx1*30);
  var alu10 = ((lidx0*3)+alu9);
  buf2[(alu10+1)] = buf0_1;
  buf2[(alu10+2)] = buf0_2;
  buf2[alu10] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 10; Ridx107++) {
    var alu18 = (alu9+(Ridx107*3));
    var val4 = buf2[(alu18+1)];
    var val5 = buf2[(alu18+2)];
    var val6 = buf2[alu18];
    buf1_0 = (buf1_0+val6);
    buf1_1 = (buf1_1+val4);
    buf1_2 = (buf1_2+val5);
  }
  var alu23 = (lidx1+(gidx0*3)+(gidx1*27)+(gidx2*216));
  var alu24 = (lidx0==0);
  if (alu24) {
    data0_6912[alu23] = buf1_0;
  }
  if (alu24) {
    data0_6912[(alu23+9)] = buf1_1;
  }
  if (alu24) {
    data0_6912[(alu23+18)] = buf1_2;
  }
}
