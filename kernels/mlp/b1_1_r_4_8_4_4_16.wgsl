fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,128>;
@group(0) @binding(1)var<storage,read_write>data0_64:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_128:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_8192:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@compute @workgroup_size(8,4) fn r_4_8_4_4_16(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0: array<f32,4>;
  var buf1: array<f32,4>;
  var gidx0 = i32(gindex.x); /* 4 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<u32>(lidx1);
  buf0[0] = 0.0f;
  buf0[1] = 0.0f;
  buf0[2] = 0.0f;
  buf0[3] = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var alu4 = (lidx0+bitcast<i32>((bitcast<u32>(Ridx0)<<3u)));
    var val0 = data1_128[alu4];
    var alu5 = (alu4+bitcast<i32>((cast0<<11u))+bitcast<i32>((cast1<<7u)));
    var val1 = data2_8192[alu5];
    var val2 = data2_8192[(alu5+512)];
    var val3 = data2_8192[(alu5+1024)];
    var val4 = data2_8192[(alu5+1536)];
    buf0[0] = (buf0[0]+(val0*val1));
    buf0[1] = (buf0[1]+(val0*val2));
    buf0[2] = (buf0[2]+(val0*val3));
    buf0[3] = (buf0[3]+(val0*val4));
  }
  var cast2 = bitcast<i32>((cast1<<5u));
  var alu11 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+cast2);
  buf2[alu11] = buf0[0];
  buf2[(alu11+1)] = buf0[1];
  buf2[(alu11+2)] = buf0[2];
  buf2[(alu11+3)] = buf0[3];
  workgroupBarrier();
  buf1[0] = 0.0f;
  buf1[1] = 0.0f;
  buf1[2] = 0.0f;
  buf1[3] = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 8; Ridx102++) {
    var alu21 = (cast2+bitcast<i32>((bitcast<u32>(Ridx102)<<2u)));
    var val5 = buf2[alu21];
    var val6 = buf2[(alu21+1)];
    var val7 = buf2[(alu21+2)];
    var val8 = buf2[(alu21+3)];
    buf1[0] = (buf1[0]+val5);
    buf1[1] = (buf1[1]+val6);
    buf1[2] = (buf1[2]+val7);
    buf1[3] = (buf1[3]+val8);
  }
  var alu27 = (lidx1+bitcast<i32>((cast0<<4u)));
  var val9 = data3_64[alu27];
  var alu28 = (alu27+4);
  var val10 = data3_64[alu28];
  var alu29 = (alu27+8);
  var val11 = data3_64[alu29];
  var alu30 = (alu27+12);
  var val12 = data3_64[alu30];
  var alu31 = (buf1[0]+val9);
  var alu32 = (buf1[1]+val10);
  var alu33 = (buf1[2]+val11);
  var alu34 = (buf1[3]+val12);
  var alu35 = (lidx0==0);
  if (alu35) {
    data0_64[alu27] = (alu31*(1/(1.0f+exp2((alu31*-1.4426950216293335f)))));
  }
  if (alu35) {
    data0_64[alu28] = (alu32*(1/(1.0f+exp2((alu32*-1.4426950216293335f)))));
  }
  if (alu35) {
    data0_64[alu29] = (alu33*(1/(1.0f+exp2((alu33*-1.4426950216293335f)))));
  }
  if (alu35) {
    data0_64[alu30] = (alu34*(1/(1.0f+exp2((alu34*-1.4426950216293335f)))));
  }
}
