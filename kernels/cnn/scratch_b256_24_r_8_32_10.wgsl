fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_256:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_2560:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_256:array<f32>;
@compute @workgroup_size(32) fn r_8_32_10(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 8 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = ((gidx0*320)+(lidx0*10));
  var val0 = data1_2560[(alu0+1)];
  var val1 = data1_2560[(alu0+2)];
  var val2 = data1_2560[(alu0+3)];
  var val3 = data1_2560[(alu0+4)];
  var val4 = data1_2560[(alu0+5)];
  var val5 = data1_2560[(alu0+6)];
  var val6 = data1_2560[(alu0+7)];
  var val7 = data1_2560[(alu0+8)];
  var val8 = data1_2560[(alu0+9)];
  var val9 = data1_2560[alu0];
  var alu1 = (lidx0+bitcast<i32>((bitcast<u32>(gidx0)<<5u)));
  var val10 = data2_256[alu1];
  data0_256[alu1] = (exp2(((val9-val10)*1.4426950216293335f))+exp2(((val0-val10)*1.4426950216293335f))+exp2(((val1-val10)*1.4426950216293335f))+exp2(((val2-val10)*1.4426950216293335f))+exp2(((val3-val10)*1.4426950216293335f))+exp2(((val4-val10)*1.4426950216293335f))+exp2(((val5-val10)*1.4426950216293335f))+exp2(((val6-val10)*1.4426950216293335f))+exp2(((val7-val10)*1.4426950216293335f))+exp2(((val8-val10)*1.4426950216293335f)));
}
