fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,16>;
@group(0) @binding(1)var<storage,read_write>data0_128:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_784:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_100352:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_128:array<f32>;
@compute @workgroup_size(16) fn r_128_16_49(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0: array<f32,1>;
  var buf1: array<f32,1>;
  var gidx0 = i32(gindex.x); /* 128 */
  var lidx0 = i32(lindex.x); /* 16 */
  buf0[0] = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 49; Ridx0++) {
    var alu1 = ((lidx0*49)+Ridx0);
    var val0 = data1_784[alu1];
    var val1 = data2_100352[(alu1+(gidx0*784))];
    buf0[0] = (buf0[0]+((val0+-0.1307000070810318f)*val1));
  }
  buf2[lidx0] = buf0[0];
  workgroupBarrier();
  buf1[0] = 0.0f;
  for (var Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    var val2 = buf2[Ridx102];
    buf1[0] = (buf1[0]+val2);
  }
  var val3 = data3_128[gidx0];
  var alu9 = ((buf1[0]*3.245699405670166f)+val3);
  if ((lidx0==0)) {
    data0_128[gidx0] = (alu9*(1/(1.0f+exp2((alu9*-1.4426950216293335f)))));
  }
}
