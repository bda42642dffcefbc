fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_640:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_640:array<f32>;
@compute @workgroup_size(32) fn E_5_32_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = (bitcast<i32>((bitcast<u32>(gidx0)<<7u))+bitcast<i32>((bitcast<u32>(lidx0)<<2u)));
  var val0 = data1_640[alu0];
  var alu1 = (alu0+1);
  var val1 = data1_640[alu1];
  var alu2 = (alu0+2);
  var val2 = data1_640[alu2];
  var alu3 = (alu0+3);
  var val3 = data1_640[alu3];
  data0_640[alu0] = val0;
  data0_640[alu1] = val1;
  data0_640[alu2] = val2;
  data0_640[alu3] = val3;
}
