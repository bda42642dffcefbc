fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,64>;
@group(0) @binding(1)var<storage,read_write>data0_3200:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3456:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_6912:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@compute @workgroup_size(4,8) fn r_4_10_10_4_8_2_3_3_3(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32;
  var buf1_0: f32; var buf1_1: f32;
  var gidx0 = i32(gindex.x); /* 10 */
  var gidx1 = i32(gindex.y); /* 10 */
  var gidx2 = i32(gindex.z); /* 4 */
  var lidx0 = i32(lindex.x); /* 4 */
  var lidx1 = i32(lindex.y); /* 8 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 3; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 3; Ridx1++) {
      for (var Ridx2 = 0; Ridx2 < 3; Ridx2++) {
        var val0 = data1_3456[(gidx0+Ridx2+(gidx1*12)+(Ridx1*12)+(lidx1*144)+(Ridx0*1152))];
        var alu2 = ((lidx1*9)+(Ridx0*72)+(Ridx1*3)+Ridx2+(gidx2*1728)+(lidx0*432));
        var val1 = data2_6912[(alu2+216)];
        var val2 = data2_6912[alu2];
        buf0_0 = (buf0_0+(val0*val2));
        buf0_1 = (buf0_1+(val0*val1));
      }
    }
  }
  var cast0 = bitcast<u32>(lidx0);
  var cast1 = bitcast<i32>((cast0<<4u));
  var alu8 = (cast1+bitcast<i32>((bitcast<u32>(lidx1)<<1u)));
  buf2[alu8] = buf0_0;
  buf2[(alu8+1)] = buf0_1;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  for (var Ridx107 = 0; Ridx107 < 8; Ridx107++) {
    var alu14 = (cast1+bitcast<i32>((bitcast<u32>(Ridx107)<<1u)));
    var val3 = buf2[alu14];
    var val4 = buf2[(alu14+1)];
    buf1_0 = (buf1_0+val3);
    buf1_1 = (buf1_1+val4);
  }
  var alu18 = (bitcast<i32>((bitcast<u32>(gidx2)<<3u))+bitcast<i32>((cast0<<1u)));
  var val5 = data3_32[alu18];
  var val6 = data3_32[(alu18+1)];
  var alu19 = (gidx0+(gidx1*10)+(gidx2*800)+(lidx0*200));
  var alu20 = (buf1_0+val5);
  var alu21 = (buf1_1+val6);
  var alu22 = (lidx1==0);
  if (alu22) {
    data0_3200[alu19] = (alu20*(1/(1.0f+exp2((alu20*-1.4426950216293335f)))));
  }
  if (alu22) {
    data0_3200[(alu19+100)] = (alu21*(1/(1.0f+exp2((alu21*-1.4426950216293335f)))));
  }
}
