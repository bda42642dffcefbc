fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_9216:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_9216:array<f32>;
@compute @workgroup_size(32) fn E_96_32_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 96 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = ((gidx0*96)+(lidx0*3));
  var alu1 = (alu0+1);
  var val0 = data1_9216[alu1];
  var alu2 = (alu0+2);
  var val1 = data1_9216[alu2];
  var val2 = data1_9216[alu0];
  data0_9216[alu1] = val0;
  data0_9216[alu2] = val1;
  data0_9216[alu0] = val2;
}
