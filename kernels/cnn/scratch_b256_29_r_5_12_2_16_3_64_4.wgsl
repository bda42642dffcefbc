fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_5760:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_147456:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_2560:array<f32>;
@compute @workgroup_size(2,16) fn r_5_12_2_16_3_64_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32;
  var gidx0 = i32(gindex.x); /* 12 */
  var gidx1 = i32(gindex.y); /* 5 */
  var lidx0 = i32(lindex.x); /* 2 */
  var lidx1 = i32(lindex.y); /* 16 */
  var alu0 = ((gidx0*48)+(lidx1*3));
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    var alu4 = (alu0+(Ridx0*2304));
    var val0 = data1_147456[(alu4+1)];
    var val1 = data1_147456[(alu4+2)];
    var val2 = data1_147456[(alu4+576)];
    var val3 = data1_147456[(alu4+577)];
    var val4 = data1_147456[(alu4+578)];
    var val5 = data1_147456[(alu4+1152)];
    var val6 = data1_147456[(alu4+1153)];
    var val7 = data1_147456[(alu4+1154)];
    var val8 = data1_147456[(alu4+1728)];
    var val9 = data1_147456[(alu4+1729)];
    var val10 = data1_147456[(alu4+1730)];
    var val11 = data1_147456[alu4];
    var alu5 = (lidx0+bitcast<i32>((bitcast<u32>(gidx1)<<1u))+(Ridx0*40));
    var val12 = data2_2560[alu5];
    var val13 = data2_2560[(alu5+10)];
    var val14 = data2_2560[(alu5+20)];
    var val15 = data2_2560[(alu5+30)];
    buf0_0 = (buf0_0+(val11*val12)+(val2*val13)+(val5*val14)+(val8*val15));
    buf0_1 = (buf0_1+(val0*val12)+(val3*val13)+(val6*val14)+(val9*val15));
    buf0_2 = (buf0_2+(val1*val12)+(val4*val13)+(val7*val14)+(val10*val15));
  }
  var alu10 = (alu0+(gidx1*1152)+(lidx0*576));
  data0_5760[(alu10+1)] = buf0_1;
  data0_5760[(alu10+2)] = buf0_2;
  data0_5760[alu10] = buf0_0;
}
