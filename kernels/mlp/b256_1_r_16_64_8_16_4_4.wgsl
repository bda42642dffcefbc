fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,128>;
@group(0) @binding(1)var<storage,read_write>data0_16384:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_32768:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_8192:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@compute @workgroup_size(8,16) fn r_16_64_8_16_4_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 64 */
  var gidx1 = i32(gindex.y); /* 16 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 16 */
  var cast0 = bitcast<u32>(gidx1);
  var cast1 = bitcast<u32>(lidx1);
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    var alu1 = (lidx0+bitcast<i32>((bitcast<u32>(Ridx0)<<5u)));
    var alu2 = (alu1+bitcast<i32>((cast0<<11u))+bitcast<i32>((cast1<<7u)));
    var val0 = data1_32768[alu2];
    var val1 = data1_32768[(alu2+8)];
    var val2 = data1_32768[(alu2+16)];
    var val3 = data1_32768[(alu2+24)];
    var alu3 = (alu1+bitcast<i32>((bitcast<u32>(gidx0)<<7u)));
    var val4 = data2_8192[alu3];
    var val5 = data2_8192[(alu3+8)];
    var val6 = data2_8192[(alu3+16)];
    var val7 = data2_8192[(alu3+24)];
    buf0_0 = (buf0_0+(val0*val4)+(val1*val5)+(val2*val6)+(val3*val7));
  }
  var cast2 = bitcast<i32>((cast1<<3u));
  buf2[(lidx0+cast2)] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 8; Ridx103++) {
    var val8 = buf2[(cast2+Ridx103)];
    buf1_0 = (buf1_0+val8);
  }
  var val9 = data3_64[gidx0];
  var alu11 = (buf1_0+val9);
  if ((lidx0==0)) {
    data0_16384[(gidx0+bitcast<i32>((cast0<<10u))+bitcast<i32>((cast1<<6u)))] = (alu11*(1/(1.0f+exp2((alu11*-1.4426950216293335f)))));
  }
}
