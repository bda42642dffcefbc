fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,128>;
@group(0) @binding(1)var<storage,read_write>data0_2048:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_9216:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(16,2) fn r_8_8_4_16_2_4_2_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32;
  var gidx0 = i32(gindex.x); /* 4 */
  var gidx1 = i32(gindex.y); /* 8 */
  var gidx2 = i32(gindex.z); /* 8 */
  var lidx0 = i32(lindex.x); /* 16 */
  var lidx1 = i32(lindex.y); /* 2 */
  var alu0 = (lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 2; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 3; Ridx1++) {
      for (var Ridx2 = 0; Ridx2 < 3; Ridx2++) {
        var val0 = data1_3200[(alu0+Ridx2+(gidx1*10)+(Ridx1*10)+(lidx0*200)+(Ridx0*100))];
        var alu5 = ((lidx0*18)+(Ridx0*9)+(Ridx1*3)+Ridx2+(gidx2*1152));
        var val1 = data2_9216[(alu5+288)];
        var val2 = data2_9216[(alu5+576)];
        var val3 = data2_9216[(alu5+864)];
        var val4 = data2_9216[alu5];
        buf0_0 = (buf0_0+(val0*val4));
        buf0_1 = (buf0_1+(val0*val1));
        buf0_2 = (buf0_2+(val0*val2));
        buf0_3 = (buf0_3+(val0*val3));
      }
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx1)<<6u));
  var alu13 = (bitcast<i32>((bitcast<u32>(lidx0)<<2u))+cast0);
  buf2[alu13] = buf0_0;
  buf2[(alu13+1)] = buf0_1;
  buf2[(alu13+2)] = buf0_2;
  buf2[(alu13+3)] = buf0_3;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  for (var Ridx106 = 0; Ridx106 < 16; Ridx106++) {
    var alu23 = (cast0+bitcast<i32>((bitcast<u32>(Ridx106)<<2u)));
    var val5 = buf2[alu23];
    var val6 = buf2[(alu23+1)];
    var val7 = buf2[(alu23+2)];
    var val8 = buf2[(alu23+3)];
    buf1_0 = (buf1_0+val5);
    buf1_1 = (buf1_1+val6);
    buf1_2 = (buf1_2+val7);
    buf1_3 = (buf1_3+val8);
  }
  var cast1 = bitcast<u32>(gidx2);
  var cast2 = bitcast<i32>((cast1<<2u));
  var val9 = data3_32[cast2];
  var alu29 = (cast2+1);
  var val10 = data3_32[alu29];
  var alu30 = (cast2+2);
  var val11 = data3_32[alu30];
  var alu31 = (cast2+3);
  var val12 = data3_32[alu31];
  var val13 = data4_32[cast2];
  var val14 = data4_32[alu29];
  var val15 = data4_32[alu30];
  var val16 = data4_32[alu31];
  var val17 = data5_32[cast2];
  var val18 = data5_32[alu29];
  var val19 = data5_32[alu30];
  var val20 = data5_32[alu31];
  var alu32 = (alu0+bitcast<i32>((bitcast<u32>(gidx1)<<3u))+bitcast<i32>((cast1<<8u)));
  var alu33 = (buf1_0+val9);
  var alu34 = (buf1_1+val10);
  var alu35 = (buf1_2+val11);
  var alu36 = (buf1_3+val12);
  var alu37 = (lidx0==0);
  if (alu37) {
    data0_2048[alu32] = ((alu33*(1/(1.0f+exp2((alu33*-1.4426950216293335f))))*val13)+val17);
  }
  if (alu37) {
    data0_2048[(alu32+64)] = ((alu34*(1/(1.0f+exp2((alu34*-1.4426950216293335f))))*val14)+val18);
  }
  if (alu37) {
    data0_2048[(alu32+128)] = ((alu35*(1/(1.0f+exp2((alu35*-1.4426950216293335f))))*val15)+val19);
  }
  if (alu37) {
    data0_2048[(alu32+192)] = ((alu36*(1/(1.0f+exp2((alu36*-1.4426950216293335f))))*val16)+val20);
  }
}
