fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_64:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_64:array<f32>;
@compute @workgroup_size(16) fn E_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var lidx0 = i32(lindex.x); /* 16 */
  var cast0 = bitcast<i32>((bitcast<u32>(lidx0)<<2u));
  var val0 = data0_64[cast0];
  var alu0 = (cast0+1);
  var val1 = data0_64[alu0];
  var alu1 = (cast0+2);
  var val2 = data0_64[alu1];
  var alu2 = (cast0+3);
  var val3 = data0_64[alu2];
  var val4 = data1_64[cast0];
  var val5 = data1_64[alu0];
  var val6 = data1_64[alu1];
  var val7 = data1_64[alu2];
  data0_64[cast0] = ((0.8999999761581421f*val0)+(0.10000000149011612f*val4));
  data0_64[alu0] = ((0.8999999761581421f*val1)+(0.10000000149011612f*val5));
  data0_64[alu1] = ((0.8999999761581421f*val2)+(0.10000000149011612f*val6));
  data0_64[alu2] = ((0.8999999761581421f*val3)+(0.10000000149011612f*val7));
}
