fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2304:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_4096:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_36864:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_64:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_64:array<f32>;
@compute @workgroup_size(16,3,2) fn r_4_2_16_3_2_3_64_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0: array<f32,3>;
  var gidx0 = i32(gindex.x); /* 2 */
  var gidx1 = i32(gindex.y); /* 4 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 3 */
  var lidx2 = i32(lindex.z); /* 2 */
  var alu0 = (lidx2*3);
  buf0[0] = 0.0f;
  buf0[1] = 0.0f;
  buf0[2] = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    var alu4 = ((gidx0*24)+bitcast<i32>((bitcast<u32>(lidx1)<<3u))+alu0+bitcast<i32>((bitcast<u32>(Ridx0)<<6u)));
    var val0 = data1_4096[(alu4+1)];
    var val1 = data1_4096[(alu4+2)];
    var val2 = data1_4096[(alu4+3)];
    var val3 = data1_4096[(alu4+4)];
    var val4 = data1_4096[(alu4+8)];
    var val5 = data1_4096[(alu4+9)];
    var val6 = data1_4096[(alu4+10)];
    var val7 = data1_4096[(alu4+11)];
    var val8 = data1_4096[(alu4+12)];
    var val9 = data1_4096[(alu4+16)];
    var val10 = data1_4096[(alu4+17)];
    var val11 = data1_4096[(alu4+18)];
    var val12 = data1_4096[(alu4+19)];
    var val13 = data1_4096[(alu4+20)];
    var val14 = data1_4096[alu4];
    var alu5 = ((gidx1*9216)+(lidx0*576)+(Ridx0*9));
    var val15 = data2_36864[(alu5+1)];
    var val16 = data2_36864[(alu5+2)];
    var val17 = data2_36864[(alu5+3)];
    var val18 = data2_36864[(alu5+4)];
    var val19 = data2_36864[(alu5+5)];
    var val20 = data2_36864[(alu5+6)];
    var val21 = data2_36864[(alu5+7)];
    var val22 = data2_36864[(alu5+8)];
    var val23 = data2_36864[alu5];
    buf0[0] = (buf0[0]+(val14*val23)+(val0*val15)+(val1*val16)+(val4*val17)+(val5*val18)+(val6*val19)+(val9*val20)+(val10*val21)+(val11*val22));
    buf0[1] = (buf0[1]+(val0*val23)+(val1*val15)+(val2*val16)+(val5*val17)+(val6*val18)+(val7*val19)+(val10*val20)+(val11*val21)+(val12*val22));
    buf0[2] = (buf0[2]+(val1*val23)+(val2*val15)+(val3*val16)+(val6*val17)+(val7*val18)+(val8*val19)+(val11*val20)+(val12*val21)+(val13*val22));
  }
  var alu10 = (lidx0+bitcast<i32>((bitcast<u32>(gidx1)<<4u)));
  var val24 = data3_64[alu10];
  var val25 = data4_64[alu10];
  var val26 = data5_64[alu10];
  var alu11 = ((gidx0*18)+(lidx1*6)+alu0+(gidx1*576)+(lidx0*36));
  var alu12 = (buf0[0]+val24);
  var alu13 = (buf0[1]+val24);
  var alu14 = (buf0[2]+val24);
  data0_2304[(alu11+1)] = ((alu13*(1/(1.0f+exp2((alu13*-1.4426950216293335f))))*val25)+val26);
  data0_2304[(alu11+2)] = ((alu14*(1/(1.0f+exp2((alu14*-1.4426950216293335f))))*val25)+val26);
  data0_2304[alu11] = ((alu12*(1/(1.0f+exp2((alu12*-1.4426950216293335f))))*val25)+val26);
}
