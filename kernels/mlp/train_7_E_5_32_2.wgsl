fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_320:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_32:array<i32>;
@group(0) @binding(3)var<storage,read_write>data2_320:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@compute @workgroup_size(32,2) fn E_5_32_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var lidx0 = i32(lindex.x); /* 32 */
  var val0 = data1_32[lidx0];
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx1 = i32(lindex.y); /* 2 */
  var alu0 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var alu1 = (alu0+(lidx0*10));
  var val1 = data2_320[alu1];
  var val2 = data3_32[lidx0];
  var val3 = data4_32[lidx0];
  data0_320[alu1] = (((f32((val0==alu0)))*-0.03125f)+(exp2(((val1-val2)*1.4426950216293335f))*val3));
}
