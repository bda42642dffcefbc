fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2560:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_256:array<i32>;
@group(0) @binding(3)var<storage,read_write>data2_2560:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_256:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_256:array<f32>;
@compute @workgroup_size(32,2) fn E_2_5_32_2_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var gidx1 = i32(gindex.y); /* 2 */
  var lidx0 = i32(lindex.x); /* 32 */
  var alu0 = (bitcast<i32>((bitcast<u32>(gidx1)<<7u))+bitcast<i32>((bitcast<u32>(lidx0)<<2u)));
  var val0 = data1_256[alu0];
  var alu1 = (alu0+1);
  var val1 = data1_256[alu1];
  var alu2 = (alu0+2);
  var val2 = data1_256[alu2];
  var alu3 = (alu0+3);
  var val3 = data1_256[alu3];
  var gidx0 = i32(gindex.x); /* 5 */
  var lidx1 = i32(lindex.y); /* 2 */
  var alu4 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var alu5 = (alu4+(gidx1*1280)+(lidx0*40));
  var val4 = data2_2560[alu5];
  var alu6 = (alu5+10);
  var val5 = data2_2560[alu6];
  var alu7 = (alu5+20);
  var val6 = data2_2560[alu7];
  var alu8 = (alu5+30);
  var val7 = data2_2560[alu8];
  var val8 = data3_256[alu0];
  var val9 = data3_256[alu1];
  var val10 = data3_256[alu2];
  var val11 = data3_256[alu3];
  var val12 = data4_256[alu0];
  var val13 = data4_256[alu1];
  var val14 = data4_256[alu2];
  var val15 = data4_256[alu3];
  data0_2560[alu5] = (((f32((val0==alu4)))*-0.00390625f)+(exp2(((val4-val8)*1.4426950216293335f))*val12));
  data0_2560[alu6] = (((f32((val1==alu4)))*-0.00390625f)+(exp2(((val5-val9)*1.4426950216293335f))*val13));
  data0_2560[alu7] = (((f32((val2==alu4)))*-0.00390625f)+(exp2(((val6-val10)*1.4426950216293335f))*val14));
  data0_2560[alu8] = (((f32((val3==alu4)))*-0.00390625f)+(exp2(((val7-val11)*1.4426950216293335f))*val15));
}
