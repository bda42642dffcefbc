fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_25600:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@compute @workgroup_size(32) fn r_200_32_4_32_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var gidx0 = i32(gindex.x); /* 200 */
  var lidx0 = i32(lindex.x); /* 32 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<u32>(lidx0);
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    var alu4 = (bitcast<i32>((cast0<<14u))+bitcast<i32>((cast1<<9u))+bitcast<i32>((bitcast<u32>(Ridx0)<<2u)));
    var val0 = data1_3276800[alu4];
    var val1 = data1_3276800[(alu4+1)];
    var val2 = data1_3276800[(alu4+2)];
    var val3 = data1_3276800[(alu4+3)];
    var val4 = data1_3276800[(alu4+128)];
    var val5 = data1_3276800[(alu4+129)];
    var val6 = data1_3276800[(alu4+130)];
    var val7 = data1_3276800[(alu4+131)];
    var val8 = data1_3276800[(alu4+256)];
    var val9 = data1_3276800[(alu4+257)];
    var val10 = data1_3276800[(alu4+258)];
    var val11 = data1_3276800[(alu4+259)];
    var val12 = data1_3276800[(alu4+384)];
    var val13 = data1_3276800[(alu4+385)];
    var val14 = data1_3276800[(alu4+386)];
    var val15 = data1_3276800[(alu4+387)];
    buf0_0 = (buf0_0+val0+val1+val2+val3);
    buf0_1 = (buf0_1+val4+val5+val6+val7);
    buf0_2 = (buf0_2+val8+val9+val10+val11);
    buf0_3 = (buf0_3+val12+val13+val14+val15);
  }
  var alu10 = (bitcast<i32>((cast0<<7u))+bitcast<i32>((cast1<<2u)));
  data0_25600[alu10] = buf0_0;
  data0_25600[(alu10+1)] = buf0_1;
  data0_25600[(alu10+2)] = buf0_2;
  data0_25600[(alu10+3)] = buf0_3;
}
