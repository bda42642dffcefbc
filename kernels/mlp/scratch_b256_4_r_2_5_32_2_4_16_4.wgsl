fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2560:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_16384:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_640:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(32,2) fn r_2_5_32_2_4_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 2 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 2 */
  var cast0 = bitcast<u32>(gidx0);
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var cast1 = bitcast<i32>((bitcast<u32>(Ridx0)<<2u));
    var alu4 = (bitcast<i32>((bitcast<u32>(gidx1)<<13u))+bitcast<i32>((bitcast<u32>(lidx0)<<8u))+cast1);
    var val0 = data1_16384[alu4];
    var val1 = data1_16384[(alu4+1)];
    var val2 = data1_16384[(alu4+2)];
    var val3 = data1_16384[(alu4+3)];
    var val4 = data1_16384[(alu4+64)];
    var val5 = data1_16384[(alu4+65)];
    var val6 = data1_16384[(alu4+66)];
    var val7 = data1_16384[(alu4+67)];
    var val8 = data1_16384[(alu4+128)];
    var val9 = data1_16384[(alu4+129)];
    var val10 = data1_16384[(alu4+130)];
    var val11 = data1_16384[(alu4+131)];
    var val12 = data1_16384[(alu4+192)];
    var val13 = data1_16384[(alu4+193)];
    var val14 = data1_16384[(alu4+194)];
    var val15 = data1_16384[(alu4+195)];
    var alu5 = (bitcast<i32>((cast0<<7u))+bitcast<i32>((bitcast<u32>(lidx1)<<6u))+cast1);
    var val16 = data2_640[alu5];
    var val17 = data2_640[(alu5+1)];
    var val18 = data2_640[(alu5+2)];
    var val19 = data2_640[(alu5+3)];
    buf0_0 = (buf0_0+(val0*(1/(1.0f+exp2((val0*-1.4426950216293335f))))*val16)+(val1*(1/(1.0f+exp2((val1*-1.4426950216293335f))))*val17)+(val2*(1/(1.0f+exp2((val2*-1.4426950216293335f))))*val18)+(val3*(1/(1.0f+exp2((val3*-1.4426950216293335f))))*val19));
    buf0_1 = (buf0_1+(val4*(1/(1.0f+exp2((val4*-1.4426950216293335f))))*val16)+(val5*(1/(1.0f+exp2((val5*-1.4426950216293335f))))*val17)+(val6*(1/(1.0f+exp2((val6*-1.4426950216293335f))))*val18)+(val7*(1/(1.0f+exp2((val7*-1.4426950216293335f))))*val19));
    buf0_2 = (buf0_2+(val8*(1/(1.0f+exp2((val8*-1.4426950216293335f))))*val16)+(val9*(1/(1.0f+exp2((val9*-1.4426950216293335f))))*val17)+(val10*(1/(1.0f+exp2((val10*-1.4426950216293335f))))*val18)+(val11*(1/(1.0f+exp2((val11*-1.4426950216293335f))))*val19));
    buf0_3 = (buf0_3+(val12*(1/(1.0f+exp2((val12*-1.4426950216293335f))))*val16)+(val13*(1/(1.0f+exp2((val13*-1.4426950216293335f))))*val17)+(val14*(1/(1.0f+exp2((val14*-1.4426950216293335f))))*val18)+(val15*(1/(1.0f+exp2((val15*-1.4426950216293335f))))*val19));
  }
  var alu11 = (lidx1+bitcast<i32>((cast0<<1u)));
  var val20 = data3_10[alu11];
  var alu12 = (alu11+(gidx1*1280)+(lidx0*40));
  data0_2560[alu12] = (buf0_0+val20);
  data0_2560[(alu12+10)] = (buf0_1+val20);
  data0_2560[(alu12+20)] = (buf0_2+val20);
  data0_2560[(alu12+30)] = (buf0_3+val20);
}
