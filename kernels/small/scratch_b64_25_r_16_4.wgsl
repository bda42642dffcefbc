fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_1:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_640:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_64:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_64:array<i32>;
@compute @workgroup_size(16) fn r_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx1 = 0; Ridx1 < 4; Ridx1++) {
    var alu1 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+Ridx1);
    var val0 = data4_64[alu1];
    var alu2 = ((-1<val0)&(val0<10));
    var val1 = select(0.0f, data1_640[(val0+(lidx0*40)+(Ridx1*10))], alu2);
    var val2 = data2_64[alu1];
    var val3 = data3_64[alu1];
    var alu3 = select(0.0f,((val1-val2)+(log2(val3)*-0.6931471824645996f)),alu2);
    buf0_0 = (buf0_0+alu3);
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    var val4 = buf2[Ridx102];
    buf1_0 = (buf1_0+val4);
  }
  if ((lidx0==0)) {
    data0_1[0] = (buf1_0*-0.015625f);
  }
}
