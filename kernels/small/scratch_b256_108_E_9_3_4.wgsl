fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_108:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_108:array<f32>;
@compute @workgroup_size(3) fn E_9_3_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 9 */
  var lidx0 = i32(lindex.x); /* 3 */
  var alu0 = ((gidx0*12)+bitcast<i32>((bitcast<u32>(lidx0)<<2u)));
  var alu1 = (alu0+1);
  var val0 = data0_108[alu1];
  var alu2 = (alu0+2);
  var val1 = data0_108[alu2];
  var alu3 = (alu0+3);
  var val2 = data0_108[alu3];
  var val3 = data0_108[alu0];
  var val4 = data1_108[alu1];
  var val5 = data1_108[alu2];
  var val6 = data1_108[alu3];
  var val7 = data1_108[alu0];
  data0_108[alu1] = ((0.9990000128746033f*val0)+(0.0010000000474974513f*val4*val4));
  data0_108[alu2] = ((0.9990000128746033f*val1)+(0.0010000000474974513f*val5*val5));
  data0_108[alu3] = ((0.9990000128746033f*val2)+(0.0010000000474974513f*val6*val6));
  data0_108[alu0] = ((0.9990000128746033f*val3)+(0.0010000000474974513f*val7*val7));
}
