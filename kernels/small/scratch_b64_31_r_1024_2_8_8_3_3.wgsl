fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_131072:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_131072:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_32768:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32768:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32768:array<f32>;
@compute @workgroup_size(2,8,8) fn r_1024_2_8_8_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 1024 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 8 */
  var lidx2 = i32(lindex.z); /* 8 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<u32>(lidx0);
  var cast2 = bitcast<u32>((lidx1>>1u));
  var alu0 = (lidx2>>1u);
  var cast3 = bitcast<i32>((bitcast<u32>(alu0)<<1u));
  var alu1 = (bitcast<i32>((cast0<<7u))+bitcast<i32>((cast1<<6u)));
  var alu2 = (alu1+bitcast<i32>((cast2<<4u)));
  var val0 = data1_131072[(alu2+cast3)];
  var alu3 = (lidx2+8);
  var alu4 = (alu3%9);
  var alu5 = (alu4>>1u);
  var cast4 = bitcast<i32>((bitcast<u32>(alu5)<<1u));
  var alu6 = (alu3/9);
  var alu7 = (alu4<8);
  var val1 = select(0.0f, data1_131072[(alu2+cast4+alu6)], alu7);
  var alu8 = (lidx1+8);
  var alu9 = (alu8%9);
  var cast5 = bitcast<u32>((alu9>>1u));
  var alu10 = (alu1+bitcast<i32>((bitcast<u32>((alu8/9))<<3u))+bitcast<i32>((cast5<<4u)));
  var alu11 = (alu9<8);
  var val2 = select(0.0f, data1_131072[(alu10+cast3)], alu11);
  var alu12 = (alu7&alu11);
  var val3 = select(0.0f, data1_131072[(alu10+cast4+alu6)], alu12);
  var alu13 = (bitcast<i32>((cast0<<5u))+bitcast<i32>((cast1<<4u)));
  var alu14 = (alu13+bitcast<i32>((cast2<<2u)));
  var alu15 = (alu14+alu0);
  var val4 = data2_32768[alu15];
  var alu16 = (alu14+alu5);
  var val5 = select(0.0f, data2_32768[alu16], alu7);
  var alu17 = (alu13+bitcast<i32>((cast5<<2u)));
  var alu18 = (alu17+alu0);
  var val6 = select(0.0f, data2_32768[alu18], alu11);
  var alu19 = (alu17+alu5);
  var val7 = select(0.0f, data2_32768[alu19], alu12);
  var val8 = data3_32768[alu15];
  var val9 = select(0.0f, data3_32768[alu16], alu7);
  var val10 = select(0.0f, data3_32768[alu18], alu11);
  var val11 = select(0.0f, data3_32768[alu19], alu12);
  var val12 = data4_32768[alu15];
  var val13 = select(0.0f, data4_32768[alu16], alu7);
  var val14 = select(0.0f, data4_32768[alu18], alu11);
  var val15 = select(0.0f, data4_32768[alu19], alu12);
  var alu20 = ((lidx1&1)<1);
  var alu21 = ((lidx2&1)<1);
  var alu22 = ((alu4&1)<1);
  var alu23 = select(0.0f,((f32((val1==val5)))*(1/val9)*val13),(alu7&alu20&alu22));
  var alu24 = select(0.0f,((f32((val0==val4)))*(1/val8)*val12),(alu20&alu21));
  var alu25 = ((alu9&1)<1);
  var alu26 = select(0.0f,((f32((val2==val6)))*(1/val10)*val14),(alu11&alu25&alu21));
  var alu27 = select(0.0f,((f32((val3==val7)))*(1/val11)*val15),(alu11&alu7&alu25&alu22));
  data0_131072[(lidx2+alu1+bitcast<i32>((bitcast<u32>(lidx1)<<3u)))] = (alu24+alu23+alu26+alu27);
}
