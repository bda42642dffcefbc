fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_884736:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@compute @workgroup_size(32,8) fn r_288_3_32_8_4_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 288 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 8 */
  var cast0 = bitcast<u32>(gidx0);
  var alu0 = ((gidx1*12288)+(lidx1*1536)+(lidx0*48)+bitcast<i32>((cast0<<3u)));
  var val0 = data1_3538944[(alu0+1)];
  var val1 = data1_3538944[(alu0+2)];
  var val2 = data1_3538944[(alu0+3)];
  var val3 = data1_3538944[(alu0+4)];
  var val4 = data1_3538944[(alu0+5)];
  var val5 = data1_3538944[(alu0+6)];
  var val6 = data1_3538944[(alu0+7)];
  var val7 = data1_3538944[(alu0+24)];
  var val8 = data1_3538944[(alu0+25)];
  var val9 = data1_3538944[(alu0+26)];
  var val10 = data1_3538944[(alu0+27)];
  var val11 = data1_3538944[(alu0+28)];
  var val12 = data1_3538944[(alu0+29)];
  var val13 = data1_3538944[(alu0+30)];
  var val14 = data1_3538944[(alu0+31)];
  var val15 = data1_3538944[alu0];
  var alu1 = ((gidx1*3072)+(lidx1*384)+(lidx0*12)+bitcast<i32>((cast0<<2u)));
  var alu2 = select(val1,val2,(val1<val2));
  var alu3 = select(val3,val4,(val3<val4));
  var alu4 = select(val5,val6,(val5<val6));
  var alu5 = select(val15,val0,(val15<val0));
  var alu6 = select(alu2,val9,(alu2<val9));
  var alu7 = select(alu3,val11,(alu3<val11));
  var alu8 = select(alu4,val13,(alu4<val13));
  var alu9 = select(alu5,val7,(alu5<val7));
  var alu10 = select(alu6,val10,(alu6<val10));
  var alu11 = select(alu7,val12,(alu7<val12));
  var alu12 = select(alu8,val14,(alu8<val14));
  var alu13 = select(alu9,val8,(alu9<val8));
  data0_884736[(alu1+1)] = alu10;
  data0_884736[(alu1+2)] = alu11;
  data0_884736[(alu1+3)] = alu12;
  data0_884736[alu1] = alu13;
}
