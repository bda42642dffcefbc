fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_64:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_589824:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_64:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_64:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_589824:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_64:array<f32>;
@compute @workgroup_size(16) fn r_64_16_16_36(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var buf1_0: f32;
  var gidx0 = i32(gindex.x); /* 64 */
  var val0 = data2_64[gidx0];
  var lidx0 = i32(lindex.x); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 36; Ridx1++) {
      var alu1 = ((gidx0*36)+Ridx1+(lidx0*36864)+(Ridx0*2304));
      var val1 = data1_589824[alu1];
      var val2 = data4_589824[alu1];
      buf0_0 = (buf0_0+(((val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))-val0)*val2));
    }
  }
  buf2[lidx0] = buf0_0;
  workgroupBarrier();
  buf1_0 = 0.0f;
  for (var Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    var val3 = buf2[Ridx104];
    buf1_0 = (buf1_0+val3);
  }
  var val4 = data3_64[gidx0];
  var val5 = data5_64[gidx0];
  var alu10 = (1/sqrt((val5+9.999999747378752e-06f)));
  if ((lidx0==0)) {
    data0_64[gidx0] = (alu10*alu10*alu10*buf1_0*val4*-5.425347262644209e-05f);
  }
}
