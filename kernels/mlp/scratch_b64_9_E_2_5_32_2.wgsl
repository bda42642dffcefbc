fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_640:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_64:array<i32>;
@group(0) @binding(3)var<storage,read_write>data2_640:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_64:array<f32>;
@compute @workgroup_size(32,2) fn E_2_5_32_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx1 = i32(gindex.y); /* 2 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = (lidx0+bitcast<i32>((bitcast<u32>(gidx1)<<5u)));
  var val0 = data1_64[alu0];
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx1 = i32(lindex.y); /* 2 */
  var alu1 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var alu2 = (alu1+(gidx1*320)+(lidx0*10));
  var val1 = data2_640[alu2];
  var val2 = data3_64[alu0];
  var val3 = data4_64[alu0];
  data0_640[alu2] = (((f32((val0==alu1)))*-0.015625f)+(exp2(((val1-val2)*1.4426950216293335f))*val3));
}
