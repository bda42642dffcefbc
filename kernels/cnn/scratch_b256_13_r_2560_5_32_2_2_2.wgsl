fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_819200:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_819200:array<f32>;
@compute @workgroup_size(32,2) fn r_2560_5_32_2_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 2560 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 2 */
  var cast0 = bitcast<u32>(gidx0);
  var alu0 = (bitcast<i32>((cast0<<2u))+bitcast<i32>((bitcast<u32>(lidx1)<<1u))+(gidx1*1280)+(lidx0*40));
  var val0 = data1_3276800[alu0];
  var val1 = data1_3276800[(alu0+1)];
  var val2 = data1_3276800[(alu0+20)];
  var val3 = data1_3276800[(alu0+21)];
  var alu1 = (lidx1+bitcast<i32>((cast0<<1u))+(gidx1*320)+(lidx0*10));
  var val4 = data2_819200[alu1];
  data0_819200[alu1] = ((f32((val0==val4)))+(f32((val1==val4)))+(f32((val2==val4)))+(f32((val3==val4))));
}
