fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_2560:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_147456:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_5760:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(32,2) fn r_2_5_32_2_4_144_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 2 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 2 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 144; Ridx0++) {
    var cast0 = bitcast<i32>((bitcast<u32>(Ridx0)<<2u));
    var alu4 = ((gidx1*73728)+(lidx0*2304)+cast0);
    var val0 = data1_147456[(alu4+1)];
    var val1 = data1_147456[(alu4+2)];
    var val2 = data1_147456[(alu4+3)];
    var val3 = data1_147456[(alu4+576)];
    var val4 = data1_147456[(alu4+577)];
    var val5 = data1_147456[(alu4+578)];
    var val6 = data1_147456[(alu4+579)];
    var val7 = data1_147456[(alu4+1152)];
    var val8 = data1_147456[(alu4+1153)];
    var val9 = data1_147456[(alu4+1154)];
    var val10 = data1_147456[(alu4+1155)];
    var val11 = data1_147456[(alu4+1728)];
    var val12 = data1_147456[(alu4+1729)];
    var val13 = data1_147456[(alu4+1730)];
    var val14 = data1_147456[(alu4+1731)];
    var val15 = data1_147456[alu4];
    var alu5 = ((gidx0*1152)+(lidx1*576)+cast0);
    var val16 = data2_5760[(alu5+1)];
    var val17 = data2_5760[(alu5+2)];
    var val18 = data2_5760[(alu5+3)];
    var val19 = data2_5760[alu5];
    buf0_0 = (buf0_0+(val15*val19)+(val0*val16)+(val1*val17)+(val2*val18));
    buf0_1 = (buf0_1+(val3*val19)+(val4*val16)+(val5*val17)+(val6*val18));
    buf0_2 = (buf0_2+(val7*val19)+(val8*val16)+(val9*val17)+(val10*val18));
    buf0_3 = (buf0_3+(val11*val19)+(val12*val16)+(val13*val17)+(val14*val18));
  }
  var alu11 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var val20 = data3_10[alu11];
  var alu12 = (alu11+(gidx1*1280)+(lidx0*40));
  data0_2560[alu12] = (buf0_0+val20);
  data0_2560[(alu12+10)] = (buf0_1+val20);
  data0_2560[(alu12+20)] = (buf0_2+val20);
  data0_2560[(alu12+30)] = (buf0_3+val20);
}
