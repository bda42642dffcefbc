fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_576:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_2304:array<f32>;
@compute @workgroup_size(32,3) fn r_3_32_3_2_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 3 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 3 */
  var alu0 = ((gidx0*768)+(lidx0*12)+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  var val0 = data1_2304[(alu0+1)];
  var val1 = data1_2304[(alu0+6)];
  var val2 = data1_2304[(alu0+7)];
  var val3 = data1_2304[(alu0+384)];
  var val4 = data1_2304[(alu0+385)];
  var val5 = data1_2304[(alu0+390)];
  var val6 = data1_2304[(alu0+391)];
  var val7 = data1_2304[alu0];
  var alu1 = (lidx1+(gidx0*192)+(lidx0*3));
  var alu2 = select(val3,val4,(val3<val4));
  var alu3 = select(val7,val0,(val7<val0));
  var alu4 = select(alu2,val5,(alu2<val5));
  var alu5 = select(alu3,val1,(alu3<val1));
  var alu6 = select(alu4,val6,(alu4<val6));
  var alu7 = select(alu5,val2,(alu5<val2));
  data0_576[alu1] = alu7;
  data0_576[(alu1+96)] = alu6;
}
