fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
@group(0) @binding(1)var<storage,read_write>data0_204800:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_1179648:array<f32>;
@compute @workgroup_size(32,2,2) fn r_64_5_5_32_2_2_4_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32;
  var gidx0 = i32(gindex.x); /* 5 */
  var gidx1 = i32(gindex.y); /* 5 */
  var gidx2 = i32(gindex.z); /* 64 */
  var lidx0 = i32(lindex.x); /* 32 */
  var lidx1 = i32(lindex.y); /* 2 */
  var lidx2 = i32(lindex.z); /* 2 */
  var alu0 = (lidx2+bitcast<i32>((bitcast<u32>(gidx0)<<1u)));
  var alu1 = (alu0+9);
  var alu2 = (alu0+10);
  var alu3 = (alu1%11);
  var alu4 = (alu2%11);
  buf0_0 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 4; Ridx0++) {
    var alu6 = (lidx1+bitcast<i32>((bitcast<u32>(gidx1)<<1u))+(Ridx0*10));
    var alu7 = ((gidx2*18432)+(lidx0*576)+((alu6/11)*3));
    var alu8 = (alu6%11);
    var alu9 = (alu8*72);
    var alu10 = ((alu6<33)&(alu8<8));
    var val0 = select(0.0f, data1_1179648[(alu7+(alu1/11)+(alu3*9)+alu9+1)], (alu10&(alu3<8)));
    var val1 = select(0.0f, data1_1179648[(alu7+(alu2/11)+(alu4*9)+alu9)], (alu10&(alu4<8)));
    var val2 = select(0.0f, data1_1179648[(alu7+(gidx0*18)+(lidx2*9)+alu9)], (alu10&(gidx0<4)));
    buf0_0 = (buf0_0+val2+val1+val0);
  }
  data0_204800[(alu0+(gidx1*20)+(lidx1*10)+(gidx2*3200)+(lidx0*100))] = buf0_0;
}
