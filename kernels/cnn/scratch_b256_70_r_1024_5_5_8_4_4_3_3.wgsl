fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_3276800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3276800:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_819200:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_819200:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_819200:array<f32>;
@compute @workgroup_size(8,4,4) fn r_1024_5_5_8_4_4_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 5 */
  var gidx2 = i32(gindex.z); /* 1024 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  var lidx2 = i32(lindex.z); /* 4 */
  var cast0 = bitcast<u32>(gidx0);
  var cast1 = bitcast<i32>((cast0<<2u));
  var alu0 = (lidx2+cast1);
  var alu1 = (alu0+20);
  var alu2 = (alu1%21);
  var alu3 = (alu2>>1u);
  var cast2 = bitcast<i32>((bitcast<u32>(alu3)<<1u));
  var alu4 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<2u))+20);
  var alu5 = ((gidx2*3200)+(lidx0*400));
  var alu6 = (alu4%21);
  var alu7 = (alu6>>1u);
  var alu8 = (alu5+((alu4/21)*20)+(alu7*40));
  var alu9 = (alu1/21);
  var alu10 = (alu6<20);
  var alu11 = (alu2<20);
  var alu12 = (alu11&alu10);
  var val0 = select(0.0f, data1_3276800[(alu8+cast2+alu9)], alu12);
  var alu13 = (gidx1*80);
  var alu14 = (lidx1>>1u);
  var alu15 = (alu13+(alu14*40)+alu5);
  var val1 = select(0.0f, data1_3276800[(alu15+cast2+alu9)], alu11);
  var alu16 = (lidx2>>1u);
  var alu17 = (cast1+bitcast<i32>((bitcast<u32>(alu16)<<1u)));
  var val2 = select(0.0f, data1_3276800[(alu8+alu17)], alu10);
  var val3 = data1_3276800[(alu15+alu17)];
  var alu18 = (bitcast<i32>((cast0<<1u))+alu16);
  var alu19 = ((gidx2*800)+(lidx0*100));
  var alu20 = ((gidx1*20)+(alu14*10)+alu19);
  var alu21 = (alu20+alu18);
  var val4 = data2_819200[alu21];
  var alu22 = (alu20+alu3);
  var val5 = select(0.0f, data2_819200[alu22], alu11);
  var alu23 = (alu19+(alu7*10));
  var alu24 = (alu23+alu18);
  var val6 = select(0.0f, data2_819200[alu24], alu10);
  var alu25 = (alu23+alu3);
  var val7 = select(0.0f, data2_819200[alu25], alu12);
  var val8 = data3_819200[alu21];
  var val9 = select(0.0f, data3_819200[alu22], alu11);
  var val10 = select(0.0f, data3_819200[alu24], alu10);
  var val11 = select(0.0f, data3_819200[alu25], alu12);
  var val12 = data4_819200[alu21];
  var val13 = select(0.0f, data4_819200[alu22], alu11);
  var val14 = select(0.0f, data4_819200[alu24], alu10);
  var val15 = select(0.0f, data4_819200[alu25], alu12);
  var alu26 = ((lidx1&1)<1);
  var alu27 = ((lidx2&1)<1);
  var alu28 = ((alu2&1)<1);
  var alu29 = select(0.0f,((f32((val1==val5)))*(1/val9)*val13),(alu11&alu26&alu28));
  var alu30 = select(0.0f,((f32((val3==val4)))*(1/val8)*val12),(alu26&alu27));
  var alu31 = ((alu6&1)<1);
  var alu32 = select(0.0f,((f32((val2==val6)))*(1/val10)*val14),(alu10&alu31&alu27));
  var alu33 = select(0.0f,((f32((val0==val7)))*(1/val11)*val15),(alu10&alu11&alu31&alu28));
  data0_3276800[(alu0+alu13+(lidx1*20)+alu5)] = (alu30+alu29+alu32+alu33);
}
