fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2592:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_165888:array<f32>;
@compute @workgroup_size(32) fn r_27_32_3_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32;
  var gidx0 = i32(gindex.x); /* 27 */
  var lidx0 = i32(lindex.x); /* 32 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var alu3 = ((gidx0*6144)+(lidx0*192)+bitcast<i32>((bitcast<u32>(Ridx0)<<2u)));
    var val0 = data1_165888[(alu3+1)];
    var val1 = data1_165888[(alu3+2)];
    var val2 = data1_165888[(alu3+3)];
    var val3 = data1_165888[(alu3+64)];
    var val4 = data1_165888[(alu3+65)];
    var val5 = data1_165888[(alu3+66)];
    var val6 = data1_165888[(alu3+67)];
    var val7 = data1_165888[(alu3+128)];
    var val8 = data1_165888[(alu3+129)];
    var val9 = data1_165888[(alu3+130)];
    var val10 = data1_165888[(alu3+131)];
    var val11 = data1_165888[alu3];
    buf0_0 = (buf0_0+val11+val0+val1+val2);
    buf0_1 = (buf0_1+val3+val4+val5+val6);
    buf0_2 = (buf0_2+val7+val8+val9+val10);
  }
  var alu8 = ((gidx0*96)+(lidx0*3));
  data0_2592[(alu8+1)] = buf0_1;
  data0_2592[(alu8+2)] = buf0_2;
  data0_2592[alu8] = buf0_0;
}
