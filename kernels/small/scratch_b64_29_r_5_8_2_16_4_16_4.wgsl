fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_5120:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_32768:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_640:array<f32>;
@compute @workgroup_size(2,16) fn r_5_8_2_16_4_16_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var gidx0 = i32(gindex.x); /* 8 */
  var gidx1 = i32(gindex.y); /* 5 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var cast0 = bitcast<u32>(gidx1);
  var alu0 = (bitcast<i32>((bitcast<u32>(gidx0)<<6u))+bitcast<i32>((bitcast<u32>(lidx1)<<2u)));
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    var alu5 = (alu0+bitcast<i32>((bitcast<u32>(Ridx0)<<11u)));
    var val0 = data1_32768[alu5];
    var val1 = data1_32768[(alu5+1)];
    var val2 = data1_32768[(alu5+2)];
    var val3 = data1_32768[(alu5+3)];
    var val4 = data1_32768[(alu5+512)];
    var val5 = data1_32768[(alu5+513)];
    var val6 = data1_32768[(alu5+514)];
    var val7 = data1_32768[(alu5+515)];
    var val8 = data1_32768[(alu5+1024)];
    var val9 = data1_32768[(alu5+1025)];
    var val10 = data1_32768[(alu5+1026)];
    var val11 = data1_32768[(alu5+1027)];
    var val12 = data1_32768[(alu5+1536)];
    var val13 = data1_32768[(alu5+1537)];
    var val14 = data1_32768[(alu5+1538)];
    var val15 = data1_32768[(alu5+1539)];
    var alu6 = (lidx0+bitcast<i32>((cast0<<1u))+(Ridx0*40));
    var val16 = data2_640[alu6];
    var val17 = data2_640[(alu6+10)];
    var val18 = data2_640[(alu6+20)];
    var val19 = data2_640[(alu6+30)];
    buf0_0 = (buf0_0+(val0*val16)+(val4*val17)+(val8*val18)+(val12*val19));
    buf0_1 = (buf0_1+(val1*val16)+(val5*val17)+(val9*val18)+(val13*val19));
    buf0_2 = (buf0_2+(val2*val16)+(val6*val17)+(val10*val18)+(val14*val19));
    buf0_3 = (buf0_3+(val3*val16)+(val7*val17)+(val11*val18)+(val15*val19));
  }
  var alu12 = (alu0+bitcast<i32>((cast0<<10u))+bitcast<i32>((bitcast<u32>(lidx0)<<9u)));
  data0_5120[alu12] = buf0_0;
  data0_5120[(alu12+1)] = buf0_1;
  data0_5120[(alu12+2)] = buf0_2;
  data0_5120[(alu12+3)] = buf0_3;
}
