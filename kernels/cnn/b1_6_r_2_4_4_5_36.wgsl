fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,80>;
@group(0) @binding(1)var<storage,read_write>data0_10:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_576:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_5760:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_10:array<f32>;
@compute @workgroup_size(4,4) fn r_2_4_4_5_36(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32; var buf1_4: f32;
  var gidx0 = i32(gindex.x); /* 2 */
  var lidx0 = i32(lindex.x); /* 4 */
  var lidx1 = i32(lindex.y); /* 4 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  buf0_4 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 36; Ridx0++) {
    var alu5 = (lidx0+bitcast<i32>((bitcast<u32>(lidx1)<<2u))+bitcast<i32>((bitcast<u32>(Ridx0)<<4u)));
    var val0 = data1_576[alu5];
    var alu6 = (alu5+(gidx0*2880));
    var val1 = data2_5760[alu6];
    var val2 = data2_5760[(alu6+576)];
    var val3 = data2_5760[(alu6+1152)];
    var val4 = data2_5760[(alu6+1728)];
    var val5 = data2_5760[(alu6+2304)];
    buf0_0 = (buf0_0+(val0*val1));
    buf0_1 = (buf0_1+(val0*val2));
    buf0_2 = (buf0_2+(val0*val3));
    buf0_3 = (buf0_3+(val0*val4));
    buf0_4 = (buf0_4+(val0*val5));
  }
  var alu13 = ((lidx0*5)+(lidx1*20));
  buf2[(alu13+1)] = buf0_1;
  buf2[(alu13+2)] = buf0_2;
  buf2[(alu13+3)] = buf0_3;
  buf2[(alu13+4)] = buf0_4;
  buf2[alu13] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  buf1_4 = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 4; Ridx102++) {
    for (var Ridx104 = 0; Ridx104 < 4; Ridx104++) {
      var alu25 = ((Ridx102*5)+(Ridx104*20));
      var val6 = buf2[(alu25+1)];
      var val7 = buf2[(alu25+2)];
      var val8 = buf2[(alu25+3)];
      var val9 = buf2[(alu25+4)];
      var val10 = buf2[alu25];
      buf1_0 = (buf1_0+val10);
      buf1_1 = (buf1_1+val6);
      buf1_2 = (buf1_2+val7);
      buf1_3 = (buf1_3+val8);
      buf1_4 = (buf1_4+val9);
    }
  }
  var alu33 = (gidx0*5);
  var alu34 = (alu33+1);
  var val11 = data3_10[alu34];
  var alu35 = (alu33+2);
  var val12 = data3_10[alu35];
  var alu36 = (alu33+3);
  var val13 = data3_10[alu36];
  var alu37 = (alu33+4);
  var val14 = data3_10[alu37];
  var val15 = data3_10[alu33];
  var alu38 = ((lidx0==0)&(lidx1==0));
  if (alu38) {
    data0_10[alu34] = (buf1_1+val11);
  }
  if (alu38) {
    data0_10[alu35] = (buf1_2+val12);
  }
  if (alu38) {
    data0_10[alu36] = (buf1_3+val13);
  }
  if (alu38) {
    data0_10[alu37] = (buf1_4+val14);
  }
  if (alu38) {
    data0_10[alu33] = (buf1_0+val15);
  }
}
