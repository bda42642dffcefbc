fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_6144:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3538944:array<f32>;
@compute @workgroup_size(8,16) fn r_3_16_8_16_144_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 16 */
  var gidx1 = i32(gindex.y); /* 3 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 16 */
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 144; Ridx0++) {
    var alu1 = ((gidx1*4608)+(lidx0*576)+bitcast<i32>((bitcast<u32>(Ridx0)<<2u))+(gidx0*221184)+(lidx1*13824));
    var val0 = data1_3538944[(alu1+1)];
    var val1 = data1_3538944[(alu1+2)];
    var val2 = data1_3538944[(alu1+3)];
    var val3 = data1_3538944[alu1];
    buf0_0 = (buf0_0+(val3*(1/(1.0f+exp2((val3*-1.4426950216293335f)))))+(val0*(1/(1.0f+exp2((val0*-1.4426950216293335f)))))+(val1*(1/(1.0f+exp2((val1*-1.4426950216293335f)))))+(val2*(1/(1.0f+exp2((val2*-1.4426950216293335f))))));
  }
  data0_6144[(lidx1+bitcast<i32>((bitcast<u32>(gidx0)<<4u))+bitcast<i32>((bitcast<u32>(gidx1)<<11u))+bitcast<i32>((bitcast<u32>(lidx0)<<8u)))] = buf0_0;
}
