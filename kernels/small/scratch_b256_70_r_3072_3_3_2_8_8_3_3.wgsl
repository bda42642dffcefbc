fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_3538944:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_884736:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_884736:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_884736:array<f32>;
@compute @workgroup_size(2,8,8) fn r_3072_3_3_2_8_8_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 3 */
  var gidx2 = i32(gindex.z); /* 3072 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 8 */
  var lidx2 = i32(lindex.z); /* 8 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<i32>((cast0<<3u));
  var alu0 = (lidx2+cast1);
  var alu1 = (alu0+24);
  var alu2 = (alu1%25);
  var alu3 = (alu2>>1u);
  var cast2 = bitcast<i32>((bitcast<u32>(alu3)<<1u));
  var alu4 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<3u))+24);
  var alu5 = ((gidx2*1152)+(lidx0*576));
  var alu6 = (alu4%25);
  var alu7 = (alu6>>1u);
  var alu8 = (alu5+((alu4/25)*24)+(alu7*48));
  var alu9 = (alu1/25);
  var alu10 = (alu6<24);
  var alu11 = (alu2<24);
  var alu12 = (alu11&alu10);
  var val0 = select(0.0f, data1_3538944[(alu8+cast2+alu9)], alu12);
  var alu13 = (gidx1*192);
  var alu14 = (lidx1>>1u);
  var alu15 = (alu13+(alu14*48)+alu5);
  var val1 = select(0.0f, data1_3538944[(alu15+cast2+alu9)], alu11);
  var alu16 = (lidx2>>1u);
  var alu17 = (cast1+bitcast<i32>((bitcast<u32>(alu16)<<1u)));
  var val2 = select(0.0f, data1_3538944[(alu8+alu17)], alu10);
  var val3 = data1_3538944[(alu15+alu17)];
  var alu18 = (bitcast<i32>((cast0<<2u))+alu16);
  var alu19 = ((gidx2*288)+(lidx0*144));
  var alu20 = ((gidx1*48)+(alu14*12)+alu19);
  var alu21 = (alu20+alu18);
  var val4 = data2_884736[alu21];
  var alu22 = (alu20+alu3);
  var val5 = select(0.0f, data2_884736[alu22], alu11);
  var alu23 = (alu19+(alu7*12));
  var alu24 = (alu23+alu18);
  var val6 = select(0.0f, data2_884736[alu24], alu10);
  var alu25 = (alu23+alu3);
  var val7 = select(0.0f, data2_884736[alu25], alu12);
  var val8 = data3_884736[alu21];
  var val9 = select(0.0f, data3_884736[alu22], alu11);
  var val10 = select(0.0f, data3_884736[alu24], alu10);
  var val11 = select(0.0f, data3_884736[alu25], alu12);
  var val12 = data4_884736[alu21];
  var val13 = select(0.0f, data4_884736[alu22], alu11);
  var val14 = select(0.0f, data4_884736[alu24], alu10);
  var val15 = select(0.0f, data4_884736[alu25], alu12);
  var alu26 = ((lidx1&1)<1);
  var alu27 = ((lidx2&1)<1);
  var alu28 = ((alu2&1)<1);
  var alu29 = select(0.0f,((f32((val1==val5)))*(1/val9)*val13),(alu11&alu26&alu28));
  var alu30 = select(0.0f,((f32((val3==val4)))*(1/val8)*val12),(alu26&alu27));
  var alu31 = ((alu6&1)<1);
  var alu32 = select(0.0f,((f32((val2==val6)))*(1/val10)*val14),(alu10&alu31&alu27));
  var alu33 = select(0.0f,((f32((val0==val7)))*(1/val11)*val15),(alu10&alu11&alu31&alu28));
  data0_3538944[(alu0+alu13+(lidx1*24)+alu5)] = (alu30+alu29+alu32+alu33);
}
