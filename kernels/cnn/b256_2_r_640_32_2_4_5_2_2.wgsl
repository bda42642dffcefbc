fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_819200:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@compute @workgroup_size(32,2,4) fn r_640_32_2_4_5_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 640 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 2 */
  var lidx2 = i32(lindex.z); /* 4 */
  var alu0 = ((gidx0*5120)+(lidx2*1280)+(lidx0*40)+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  var val0 = data1_3276800[(alu0+1)];
  var val1 = data1_3276800[(alu0+4)];
  var val2 = data1_3276800[(alu0+5)];
  var val3 = data1_3276800[(alu0+8)];
  var val4 = data1_3276800[(alu0+9)];
  var val5 = data1_3276800[(alu0+12)];
  var val6 = data1_3276800[(alu0+13)];
  var val7 = data1_3276800[(alu0+16)];
  var val8 = data1_3276800[(alu0+17)];
  var val9 = data1_3276800[(alu0+20)];
  var val10 = data1_3276800[(alu0+21)];
  var val11 = data1_3276800[(alu0+24)];
  var val12 = data1_3276800[(alu0+25)];
  var val13 = data1_3276800[(alu0+28)];
  var val14 = data1_3276800[(alu0+29)];
  var val15 = data1_3276800[(alu0+32)];
  var val16 = data1_3276800[(alu0+33)];
  var val17 = data1_3276800[(alu0+36)];
  var val18 = data1_3276800[(alu0+37)];
  var val19 = data1_3276800[alu0];
  var alu1 = (lidx1+(gidx0*1280)+(lidx2*320)+(lidx0*10));
  var alu2 = select(val1,val2,(val1<val2));
  var alu3 = select(val3,val4,(val3<val4));
  var alu4 = select(val5,val6,(val5<val6));
  var alu5 = select(val7,val8,(val7<val8));
  var alu6 = select(val19,val0,(val19<val0));
  var alu7 = select(alu2,val11,(alu2<val11));
  var alu8 = select(alu3,val13,(alu3<val13));
  var alu9 = select(alu4,val15,(alu4<val15));
  var alu10 = select(alu5,val17,(alu5<val17));
  var alu11 = select(alu6,val9,(alu6<val9));
  var alu12 = select(alu7,val12,(alu7<val12));
  var alu13 = select(alu8,val14,(alu8<val14));
  var alu14 = select(alu9,val16,(alu9<val16));
  var alu15 = select(alu10,val18,(alu10<val18));
  var alu16 = select(alu11,val10,(alu11<val10));
  data0_819200[alu1] = alu16;
  data0_819200[(alu1+2)] = alu12;
  data0_819200[(alu1+4)] = alu13;
  data0_819200[(alu1+6)] = alu14;
  data0_819200[(alu1+8)] = alu15;
}
