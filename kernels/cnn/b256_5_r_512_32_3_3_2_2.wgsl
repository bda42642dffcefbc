fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_147456:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_589824:array<f32>;
@compute @workgroup_size(32,3) fn r_512_32_3_3_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 512 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 3 */
  var alu0 = ((gidx0*1152)+(lidx1*384)+(lidx0*12));
  var val0 = data1_589824[(alu0+1)];
  var val1 = data1_589824[(alu0+2)];
  var val2 = data1_589824[(alu0+3)];
  var val3 = data1_589824[(alu0+4)];
  var val4 = data1_589824[(alu0+5)];
  var val5 = data1_589824[(alu0+6)];
  var val6 = data1_589824[(alu0+7)];
  var val7 = data1_589824[(alu0+8)];
  var val8 = data1_589824[(alu0+9)];
  var val9 = data1_589824[(alu0+10)];
  var val10 = data1_589824[(alu0+11)];
  var val11 = data1_589824[alu0];
  var alu1 = ((gidx0*288)+(lidx1*96)+(lidx0*3));
  var alu2 = select(val1,val2,(val1<val2));
  var alu3 = select(val3,val4,(val3<val4));
  var alu4 = select(val11,val0,(val11<val0));
  var alu5 = select(alu2,val7,(alu2<val7));
  var alu6 = select(alu3,val9,(alu3<val9));
  var alu7 = select(alu4,val5,(alu4<val5));
  var alu8 = select(alu5,val8,(alu5<val8));
  var alu9 = select(alu6,val10,(alu6<val10));
  var alu10 = select(alu7,val6,(alu7<val6));
  data0_147456[(alu1+1)] = alu8;
  data0_147456[(alu1+2)] = alu9;
  data0_147456[alu1] = alu10;
}
