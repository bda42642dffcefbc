fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_524288:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_819200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_9216:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(8,4) fn r_256_8_8_4_8_32_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32;
  var gidx0 = i32(gindex.x); /* 8 */
  var gidx1 = i32(gindex.y); /* 256 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  buf0_4 = 0.0f;
  buf0_5 = 0.0f;
  buf0_6 = 0.0f;
  buf0_7 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    for (var Ridx2 = 0; Ridx2 < 3; Ridx2++) {
      var alu8 = (lidx0+Ridx2+(Ridx0*100)+(gidx1*3200));
      var val0 = data1_819200[alu8];
      var val1 = data1_819200[(alu8+10)];
      var val2 = data1_819200[(alu8+20)];
      var val3 = data1_819200[(alu8+30)];
      var val4 = data1_819200[(alu8+40)];
      var val5 = data1_819200[(alu8+50)];
      var val6 = data1_819200[(alu8+60)];
      var val7 = data1_819200[(alu8+70)];
      var val8 = data1_819200[(alu8+80)];
      var val9 = data1_819200[(alu8+90)];
      var alu9 = ((gidx0*1152)+(lidx1*288)+(Ridx0*9)+Ridx2);
      var val10 = data2_9216[(alu9+3)];
      var val11 = data2_9216[(alu9+6)];
      var val12 = data2_9216[alu9];
      buf0_0 = (buf0_0+(val0*val12)+(val1*val10)+(val2*val11));
      buf0_1 = (buf0_1+(val1*val12)+(val2*val10)+(val3*val11));
      buf0_2 = (buf0_2+(val2*val12)+(val3*val10)+(val4*val11));
      buf0_3 = (buf0_3+(val3*val12)+(val4*val10)+(val5*val11));
      buf0_4 = (buf0_4+(val4*val12)+(val5*val10)+(val6*val11));
      buf0_5 = (buf0_5+(val5*val12)+(val6*val10)+(val7*val11));
      buf0_6 = (buf0_6+(val6*val12)+(val7*val10)+(val8*val11));
      buf0_7 = (buf0_7+(val7*val12)+(val8*val10)+(val9*val11));
    }
  }
  var cast0 = bitcast<u32>(gidx0);
  var alu20 = (lidx1+bitcast<i32>((cast0<<2u)));
  var val13 = data3_32[alu20];
  var val14 = data4_32[alu20];
  var val15 = data5_32[alu20];
  var alu21 = (lidx0+bitcast<i32>((cast0<<8u))+bitcast<i32>((bitcast<u32>(lidx1)<<6u))+bitcast<i32>((bitcast<u32>(gidx1)<<11u)));
  var alu22 = (buf0_0+val13);
  var alu23 = (buf0_1+val13);
  var alu24 = (buf0_2+val13);
  var alu25 = (buf0_3+val13);
  var alu26 = (buf0_4+val13);
  var alu27 = (buf0_5+val13);
  var alu28 = (buf0_6+val13);
  var alu29 = (buf0_7+val13);
  data0_524288[alu21] = ((alu22*(1/(1.0f+exp2((alu22*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+8)] = ((alu23*(1/(1.0f+exp2((alu23*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+16)] = ((alu24*(1/(1.0f+exp2((alu24*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+24)] = ((alu25*(1/(1.0f+exp2((alu25*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+32)] = ((alu26*(1/(1.0f+exp2((alu26*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+40)] = ((alu27*(1/(1.0f+exp2((alu27*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+48)] = ((alu28*(1/(1.0f+exp2((alu28*-1.4426950216293335f))))*val14)+val15);
  data0_524288[(alu21+56)] = ((alu29*(1/(1.0f+exp2((alu29*-1.4426950216293335f))))*val14)+val15);
}
