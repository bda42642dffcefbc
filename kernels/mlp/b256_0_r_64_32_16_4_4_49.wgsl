fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,256>;
@group(0) @binding(1)var<storage,read_write>data0_32768:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_200704:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_100352:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_128:array<f32>;
@compute @workgroup_size(16,4) fn r_64_32_16_4_4_49(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32;
  var gidx0 = i32(gindex.x); /* 32 */
  var gidx1 = i32(gindex.y); /* 64 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 4 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 49; Ridx0++) {
    var alu4 = (lidx0+bitcast<i32>((bitcast<u32>(Ridx0)<<4u)));
    var val0 = data1_200704[(alu4+(gidx1*3136)+(lidx1*784))];
    var alu5 = (alu4+(gidx0*3136));
    var val1 = data2_100352[alu5];
    var val2 = data2_100352[(alu5+784)];
    var val3 = data2_100352[(alu5+1568)];
    var val4 = data2_100352[(alu5+2352)];
    var alu6 = (val0+-0.1307000070810318f);
    buf0_0 = (buf0_0+(alu6*val1));
    buf0_1 = (buf0_1+(alu6*val2));
    buf0_2 = (buf0_2+(alu6*val3));
    buf0_3 = (buf0_3+(alu6*val4));
  }
  var cast0 = bitcast<u32>(lidx1);
  var cast1 = bitcast<i32>((cast0<<6u));
  var alu12 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+cast1);
  buf2[alu12] = buf0_0;
  buf2[(alu12+1)] = buf0_1;
  buf2[(alu12+2)] = buf0_2;
  buf2[(alu12+3)] = buf0_3;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  for (var Ridx103 = 0; Ridx103 < 16; Ridx103++) {
    var alu22 = (cast1+bitcast<i32>((bitcast<u32>(Ridx103)<<2u)));
    var val5 = buf2[alu22];
    var val6 = buf2[(alu22+1)];
    var val7 = buf2[(alu22+2)];
    var val8 = buf2[(alu22+3)];
    buf1_0 = (buf1_0+val5);
    buf1_1 = (buf1_1+val6);
    buf1_2 = (buf1_2+val7);
    buf1_3 = (buf1_3+val8);
  }
  var cast2 = bitcast<i32>((bitcast<u32>(gidx0)<<2u));
  var val9 = data3_128[cast2];
  var val10 = data3_128[(cast2+1)];
  var val11 = data3_128[(cast2+2)];
  var val12 = data3_128[(cast2+3)];
  var alu28 = (bitcast<i32>((bitcast<u32>(gidx1)<<9u))+bitcast<i32>((cast0<<7u))+cast2);
  var alu29 = ((buf1_0*3.245699405670166f)+val9);
  var alu30 = ((buf1_1*3.245699405670166f)+val10);
  var alu31 = ((buf1_2*3.245699405670166f)+val11);
  var alu32 = ((buf1_3*3.245699405670166f)+val12);
  var alu33 = (lidx0==0);
  if (alu33) {
    data0_32768[alu28] = (alu29*(1/(1.0f+exp2((alu29*-1.4426950216293335f)))));
  }
  if (alu33) {
    data0_32768[(alu28+1)] = (alu30*(1/(1.0f+exp2((alu30*-1.4426950216293335f)))));
  }
  if (alu33) {
    data0_32768[(alu28+2)] = (alu31*(1/(1.0f+exp2((alu31*-1.4426950216293335f)))));
  }
  if (alu33) {
    data0_32768[(alu28+3)] = (alu32*(1/(1.0f+exp2((alu32*-1.4426950216293335f)))));
  }
}
