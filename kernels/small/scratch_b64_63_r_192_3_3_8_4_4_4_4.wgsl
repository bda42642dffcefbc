fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_221184:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_1382400:array<f32>;
@compute @workgroup_size(8,4,4) fn r_192_3_3_8_4_4_4_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 3 */
  var gidx1 = i32(gindex.y); /* 3 */
  var gidx2 = i32(gindex.z); /* 192 */
  var lidx0 = i32(lindex.x); /* 8 */
  var lidx1 = i32(lindex.y); /* 4 */
  var lidx2 = i32(lindex.z); /* 4 */
  var alu0 = (lidx2+bitcast<i32>((bitcast<u32>(gidx0)<<2u)));
  var alu1 = (alu0+11);
  var alu2 = (alu0+12);
  var alu3 = (alu1%13);
  var alu4 = (alu2%13);
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    var alu6 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<2u))+(Ridx0*12));
    var alu7 = ((gidx2*7200)+(lidx0*900)+((alu6/13)*3));
    var alu8 = (alu6%13);
    var alu9 = (alu8*90);
    var alu10 = ((alu6<39)&(alu8<10));
    var val0 = select(0.0f, data1_1382400[(alu7+(alu1/13)+(alu3*9)+alu9+1)], (alu10&(alu3<10)));
    var val1 = select(0.0f, data1_1382400[(alu7+(alu2/13)+(alu4*9)+alu9)], (alu10&(alu4<10)));
    var val2 = select(0.0f, data1_1382400[(alu7+(gidx0*36)+(lidx2*9)+alu9)], (alu10&(alu0<10)));
    buf0_0 = (buf0_0+val2+val1+val0);
  }
  data0_221184[(alu0+(gidx1*48)+(lidx1*12)+(gidx2*1152)+(lidx0*144))] = buf0_0;
}
