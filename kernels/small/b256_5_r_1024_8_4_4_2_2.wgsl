fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_131072:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_524288:array<f32>;
@compute @workgroup_size(8,4) fn r_1024_8_4_4_2_2(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 1024 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<u32>(lidx0);
  var alu0 = (bitcast<i32>((cast0<<9u))+bitcast<i32>((cast1<<6u))+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  var val0 = data1_524288[alu0];
  var val1 = data1_524288[(alu0+1)];
  var val2 = data1_524288[(alu0+8)];
  var val3 = data1_524288[(alu0+9)];
  var val4 = data1_524288[(alu0+16)];
  var val5 = data1_524288[(alu0+17)];
  var val6 = data1_524288[(alu0+24)];
  var val7 = data1_524288[(alu0+25)];
  var val8 = data1_524288[(alu0+32)];
  var val9 = data1_524288[(alu0+33)];
  var val10 = data1_524288[(alu0+40)];
  var val11 = data1_524288[(alu0+41)];
  var val12 = data1_524288[(alu0+48)];
  var val13 = data1_524288[(alu0+49)];
  var val14 = data1_524288[(alu0+56)];
  var val15 = data1_524288[(alu0+57)];
  var alu1 = (lidx1+bitcast<i32>((cast0<<7u))+bitcast<i32>((cast1<<4u)));
  var alu2 = select(val0,val1,(val0<val1));
  var alu3 = select(val4,val5,(val4<val5));
  var alu4 = select(val8,val9,(val8<val9));
  var alu5 = select(val12,val13,(val12<val13));
  var alu6 = select(alu2,val2,(alu2<val2));
  var alu7 = select(alu3,val6,(alu3<val6));
  var alu8 = select(alu4,val10,(alu4<val10));
  var alu9 = select(alu5,val14,(alu5<val14));
  var alu10 = select(alu6,val3,(alu6<val3));
  var alu11 = select(alu7,val7,(alu7<val7));
  var alu12 = select(alu8,val11,(alu8<val11));
  var alu13 = select(alu9,val15,(alu9<val15));
  data0_131072[alu1] = alu10;
  data0_131072[(alu1+4)] = alu11;
  data0_131072[(alu1+8)] = alu12;
  data0_131072[(alu1+12)] = alu13;
}
