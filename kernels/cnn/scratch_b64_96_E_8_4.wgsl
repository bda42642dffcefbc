fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_32:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_32:array<f32>;
@compute @workgroup_size(8) fn E_8_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var lidx0 = i32(lindex.x); /* 8 */
  var cast0 = bitcast<i32>((bitcast<u32>(lidx0)<<2u));
  var val0 = data1_32[cast0];
  var alu0 = (cast0+1);
  var val1 = data1_32[alu0];
  var alu1 = (cast0+2);
  var val2 = data1_32[alu1];
  var alu2 = (cast0+3);
  var val3 = data1_32[alu2];
  data0_32[cast0] = val0;
  data0_32[alu0] = val1;
  data0_32[alu1] = val2;
  data0_32[alu2] = val3;
}
