fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,8>;
@group(0) @binding(1)var<storage,read_write>data0_128:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_784:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_100352:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_128:array<f32>;
@compute @workgroup_size(4) fn r_64_4_2_49_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32;
  var buf1_0: f32; var buf1_1: f32;
  var gidx0 = i32(gindex.x); /* 64 */
  var lidx0 = i32(lindex.x); /* 4 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 49; Ridx0++) {
    var alu2 = ((lidx0*196)+Ridx0);
    var val0 = data1_784[(alu2+49)];
    var val1 = data1_784[(alu2+98)];
    var val2 = data1_784[(alu2+147)];
    var val3 = data1_784[alu2];
    var alu3 = (alu2+(gidx0*1568));
    var val4 = data2_100352[(alu3+49)];
    var val5 = data2_100352[(alu3+98)];
    var val6 = data2_100352[(alu3+147)];
    var val7 = data2_100352[(alu3+784)];
    var val8 = data2_100352[(alu3+833)];
    var val9 = data2_100352[(alu3+882)];
    var val10 = data2_100352[(alu3+931)];
    var val11 = data2_100352[alu3];
    var alu4 = (val0+-0.1307000070810318f);
    var alu5 = (val1+-0.1307000070810318f);
    var alu6 = (val2+-0.1307000070810318f);
    var alu7 = (val3+-0.1307000070810318f);
    buf0_0 = (buf0_0+(alu7*val11)+(alu4*val4)+(alu5*val5)+(alu6*val6));
    buf0_1 = (buf0_1+(alu7*val7)+(alu4*val8)+(alu5*val9)+(alu6*val10));
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx0)<<1u));
  buf2[cast0] = buf0_0;
  buf2[(cast0+1)] = buf0_1;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 4; Ridx102++) {
    var cast1 = bitcast<i32>((bitcast<u32>(Ridx102)<<1u));
    var val12 = buf2[cast1];
    var val13 = buf2[(cast1+1)];
    buf1_0 = (buf1_0+val12);
    buf1_1 = (buf1_1+val13);
  }
  var cast2 = bitcast<i32>((bitcast<u32>(gidx0)<<1u));
  var val14 = data3_128[cast2];
  var alu19 = (cast2+1);
  var val15 = data3_128[alu19];
  var alu20 = ((buf1_0*3.245699405670166f)+val14);
  var alu21 = ((buf1_1*3.245699405670166f)+val15);
  var alu22 = (lidx0==0);
  if (alu22) {
    data0_128[cast2] = (alu20*(1/(1.0f+exp2((alu20*-1.4426950216293335f)))));
  }
  if (alu22) {
    data0_128[alu19] = (alu21*(1/(1.0f+exp2((alu21*-1.4426950216293335f)))));
  }
}
