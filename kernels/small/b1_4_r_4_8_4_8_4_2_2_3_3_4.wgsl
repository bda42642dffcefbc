fn nan() -> f32 { let bits = 0xffffffffu; return bitcast<f32>(bits); }
@group(0) @binding(0)
var<uniform> INFINITY : f32;
var<workgroup> buf2: array<f32,256>;
@group(0) @binding(1)var<storage,read_write>data0_2048:array<f32>;
@group(0) @binding(2)var<storage,read_write>data1_3200:array<f32>;
@group(0) @binding(3)var<storage,read_write>data2_9216:array<f32>;
@group(0) @binding(4)var<storage,read_write>data3_32:array<f32>;
@group(0) @binding(5)var<storage,read_write>data4_32:array<f32>;
@group(0) @binding(6)var<storage,read_write>data5_32:array<f32>;
@compute @workgroup_size(4) fn r_4_8_4_8_4_2_2_3_3_4(@builtin(workgroup_id) gindex: vec3<u32>,@builtin(local_invocation_id) lindex: vec3<u32>) {
  var buf0_0: f32; var buf0_1: f32; var buf0_2: f32; var buf0_3: f32; var buf0_4: f32; var buf0_5: f32; var buf0_6: f32; var buf0_7: f32; var buf0_8: f32; var buf0_9: f32; var buf0_10: f32; var buf0_11: f32; var buf0_12: f32; var buf0_13: f32; var buf0_14: f32; var buf0_15: f32; var buf0_16: f32; var buf0_17: f32; var buf0_18: f32; var buf0_19: f32; var buf0_20: f32; var buf0_21: f32; var buf0_22: f32; var buf0_23: f32; var buf0_24: f32; var buf0_25: f32; var buf0_26: f32; var buf0_27: f32; var buf0_28: f32; var buf0_29: f32; var buf0_30: f32; var buf0_31: f32; var buf0_32: f32; var buf0_33: f32; var buf0_34: f32; var buf0_35: f32; var buf0_36: f32; var buf0_37: f32; var buf0_38: f32; var buf0_39: f32; var buf0_40: f32; var buf0_41: f32; var buf0_42: f32; var buf0_43: f32; var buf0_44: f32; var buf0_45: f32; var buf0_46: f32; var buf0_47: f32; var buf0_48: f32; var buf0_49: f32; var buf0_50: f32; var buf0_51: f32; var buf0_52: f32; var buf0_53: f32; var buf0_54: f32; var buf0_55: f32; var buf0_56: f32; var buf0_57: f32; var buf0_58: f32; var buf0_59: f32; var buf0_60: f32; var buf0_61: f32; var buf0_62: f32; var buf0_63: f32;
  var buf1_0: f32; var buf1_1: f32; var buf1_2: f32; var buf1_3: f32; var buf1_4: f32; var buf1_5: f32; var buf1_6: f32; var buf1_7: f32; var buf1_8: f32; var buf1_9: f32; var buf1_10: f32; var buf1_11: f32; var buf1_12: f32; var buf1_13: f32; var buf1_14: f32; var buf1_15: f32; var buf1_16: f32; var buf1_17: f32; var buf1_18: f32; var buf1_19: f32; var buf1_20: f32; var buf1_21: f32; var buf1_22: f32; var buf1_23: f32; var buf1_24: f32; var buf1_25: f32; var buf1_26: f32; var buf1_27: f32; var buf1_28: f32; var buf1_29: f32; var buf1_30: f32; var buf1_31: f32; var buf1_32: f32; var buf1_33: f32; var buf1_34: f32; var buf1_35: f32; var buf1_36: f32; var buf1_37: f32; var buf1_38: f32; var buf1_39: f32; var buf1_40: f32; var buf1_41: f32; var buf1_42: f32; var buf1_43: f32; var buf1_44: f32; var buf1_45: f32; var buf1_46: f32; var buf1_47: f32; var buf1_48: f32; var buf1_49: f32; var buf1_50: f32; var buf1_51: f32; var buf1_52: f32; var buf1_53: f32; var buf1_54: f32; var buf1_55: f32; var buf1_56: f32; var buf1_57: f32; var buf1_58: f32; var buf1_59: f32; var buf1_60: f32; var buf1_61: f32; var buf1_62: f32; var buf1_63: f32;
  var gidx0 = i32(gindex.x); /* 8 */
  var gidx1 = i32(gindex.y); /* 4 */
  var lidx0 = i32(lindex.x); /* 4 */
  buf0_0 = 0.0f;
  buf0_1 = 0.0f;
  buf0_2 = 0.0f;
  buf0_3 = 0.0f;
  buf0_4 = 0.0f;
  buf0_5 = 0.0f;
  buf0_6 = 0.0f;
  buf0_7 = 0.0f;
  buf0_8 = 0.0f;
  buf0_9 = 0.0f;
  buf0_10 = 0.0f;
  buf0_11 = 0.0f;
  buf0_12 = 0.0f;
  buf0_13 = 0.0f;
  buf0_14 = 0.0f;
  buf0_15 = 0.0f;
  buf0_16 = 0.0f;
  buf0_17 = 0.0f;
  buf0_18 = 0.0f;
  buf0_19 = 0.0f;
  buf0_20 = 0.0f;
  buf0_21 = 0.0f;
  buf0_22 = 0.0f;
  buf0_23 = 0.0f;
  buf0_24 = 0.0f;
  buf0_25 = 0.0f;
  buf0_26 = 0.0f;
  buf0_27 = 0.0f;
  buf0_28 = 0.0f;
  buf0_29 = 0.0f;
  buf0_30 = 0.0f;
  buf0_31 = 0.0f;
  buf0_32 = 0.0f;
  buf0_33 = 0.0f;
  buf0_34 = 0.0f;
  buf0_35 = 0.0f;
  buf0_36 = 0.0f;
  buf0_37 = 0.0f;
  buf0_38 = 0.0f;
  buf0_39 = 0.0f;
  buf0_40 = 0.0f;
  buf0_41 = 0.0f;
  buf0_42 = 0.0f;
  buf0_43 = 0.0f;
  buf0_44 = 0.0f;
  buf0_45 = 0.0f;
  buf0_46 = 0.0f;
  buf0_47 = 0.0f;
  buf0_48 = 0.0f;
  buf0_49 = 0.0f;
  buf0_50 = 0.0f;
  buf0_51 = 0.0f;
  buf0_52 = 0.0f;
  buf0_53 = 0.0f;
  buf0_54 = 0.0f;
  buf0_55 = 0.0f;
  buf0_56 = 0.0f;
  buf0_57 = 0.0f;
  buf0_58 = 0.0f;
  buf0_59 = 0.0f;
  buf0_60 = 0.0f;
  buf0_61 = 0.0f;
  buf0_62 = 0.0f;
  buf0_63 = 0.0f;
  for (var Ridx0 = 0; Ridx0 < 2; Ridx0++) {
    for (var Ridx1 = 0; Ridx1 < 3; Ridx1++) {
      for (var Ridx2 = 0; Ridx2 < 3; Ridx2++) {
        var alu64 = ((gidx0*10)+(Ridx1*10)+Ridx2+(lidx0*800)+(Ridx0*100));
        var val0 = data1_3200[(alu64+1)];
        var val1 = data1_3200[(alu64+2)];
        var val2 = data1_3200[(alu64+3)];
        var val3 = data1_3200[(alu64+4)];
        var val4 = data1_3200[(alu64+5)];
        var val5 = data1_3200[(alu64+6)];
        var val6 = data1_3200[(alu64+7)];
        var val7 = data1_3200[(alu64+200)];
        var val8 = data1_3200[(alu64+201)];
        var val9 = data1_3200[(alu64+202)];
        var val10 = data1_3200[(alu64+203)];
        var val11 = data1_3200[(alu64+204)];
        var val12 = data1_3200[(alu64+205)];
        var val13 = data1_3200[(alu64+206)];
        var val14 = data1_3200[(alu64+207)];
        var val15 = data1_3200[(alu64+400)];
        var val16 = data1_3200[(alu64+401)];
        var val17 = data1_3200[(alu64+402)];
        var val18 = data1_3200[(alu64+403)];
        var val19 = data1_3200[(alu64+404)];
        var val20 = data1_3200[(alu64+405)];
        var val21 = data1_3200[(alu64+406)];
        var val22 = data1_3200[(alu64+407)];
        var val23 = data1_3200[(alu64+600)];
        var val24 = data1_3200[(alu64+601)];
        var val25 = data1_3200[(alu64+602)];
        var val26 = data1_3200[(alu64+603)];
        var val27 = data1_3200[(alu64+604)];
        var val28 = data1_3200[(alu64+605)];
        var val29 = data1_3200[(alu64+606)];
        var val30 = data1_3200[(alu64+607)];
        var val31 = data1_3200[alu64];
        var alu65 = ((lidx0*72)+(Ridx0*9)+(Ridx1*3)+Ridx2+(gidx1*2304));
        var val32 = data2_9216[(alu65+18)];
        var val33 = data2_9216[(alu65+36)];
        var val34 = data2_9216[(alu65+54)];
        var val35 = data2_9216[(alu65+288)];
        var val36 = data2_9216[(alu65+306)];
        var val37 = data2_9216[(alu65+324)];
        var val38 = data2_9216[(alu65+342)];
        var val39 = data2_9216[(alu65+576)];
        var val40 = data2_9216[(alu65+594)];
        var val41 = data2_9216[(alu65+612)];
        var val42 = data2_9216[(alu65+630)];
        var val43 = data2_9216[(alu65+864)];
        var val44 = data2_9216[(alu65+882)];
        var val45 = data2_9216[(alu65+900)];
        var val46 = data2_9216[(alu65+918)];
        var val47 = data2_9216[(alu65+1152)];
        var val48 = data2_9216[(alu65+1170)];
        var val49 = data2_9216[(alu65+1188)];
        var val50 = data2_9216[(alu65+1206)];
        var val51 = data2_9216[(alu65+1440)];
        var val52 = data2_9216[(alu65+1458)];
        var val53 = data2_9216[(alu65+1476)];
        var val54 = data2_9216[(alu65+1494)];
        var val55 = data2_9216[(alu65+1728)];
        var val56 = data2_9216[(alu65+1746)];
        var val57 = data2_9216[(alu65+1764)];
        var val58 = data2_9216[(alu65+1782)];
        var val59 = data2_9216[(alu65+2016)];
        var val60 = data2_9216[(alu65+2034)];
        var val61 = data2_9216[(alu65+2052)];
        var val62 = data2_9216[(alu65+2070)];
        var val63 = data2_9216[alu65];
        buf0_0 = (buf0_0+(val31*val63)+(val7*val32)+(val15*val33)+(val23*val34));
        buf0_1 = (buf0_1+(val0*val63)+(val8*val32)+(val16*val33)+(val24*val34));
        buf0_2 = (buf0_2+(val1*val63)+(val9*val32)+(val17*val33)+(val25*val34));
        buf0_3 = (buf0_3+(val2*val63)+(val10*val32)+(val18*val33)+(val26*val34));
        buf0_4 = (buf0_4+(val3*val63)+(val11*val32)+(val19*val33)+(val27*val34));
        buf0_5 = (buf0_5+(val4*val63)+(val12*val32)+(val20*val33)+(val28*val34));
        buf0_6 = (buf0_6+(val5*val63)+(val13*val32)+(val21*val33)+(val29*val34));
        buf0_7 = (buf0_7+(val6*val63)+(val14*val32)+(val22*val33)+(val30*val34));
        buf0_8 = (buf0_8+(val31*val35)+(val7*val36)+(val15*val37)+(val23*val38));
        buf0_9 = (buf0_9+(val0*val35)+(val8*val36)+(val16*val37)+(val24*val38));
        buf0_10 = (buf0_10+(val1*val35)+(val9*val36)+(val17*val37)+(val25*val38));
        buf0_11 = (buf0_11+(val2*val35)+(val10*val36)+(val18*val37)+(val26*val38));
        buf0_12 = (buf0_12+(val3*val35)+(val11*val36)+(val19*val37)+(val27*val38));
        buf0_13 = (buf0_13+(val4*val35)+(val12*val36)+(val20*val37)+(val28*val38));
        buf0_14 = (buf0_14+(val5*val35)+(val13*val36)+(val21*val37)+(val29*val38));
        buf0_15 = (buf0_15+(val6*val35)+(val14*val36)+(val22*val37)+(val30*val38));
        buf0_16 = (buf0_16+(val31*val39)+(val7*val40)+(val15*val41)+(val23*val42));
        buf0_17 = (buf0_17+(val0*val39)+(val8*val40)+(val16*val41)+(val24*val42));
        buf0_18 = (buf0_18+(val1*val39)+(val9*val40)+(val17*val41)+(val25*val42));
        buf0_19 = (buf0_19+(val2*val39)+(val10*val40)+(val18*val41)+(val26*val42));
        buf0_20 = (buf0_20+(val3*val39)+(val11*val40)+(val19*val41)+(val27*val42));
        buf0_21 = (buf0_21+(val4*val39)+(val12*val40)+(val20*val41)+(val28*val42));
        buf0_22 = (buf0_22+(val5*val39)+(val13*val40)+(val21*val41)+(val29*val42));
        buf0_23 = (buf0_23+(val6*val39)+(val14*val40)+(val22*val41)+(val30*val42));
        buf0_24 = (buf0_24+(val31*val43)+(val7*val44)+(val15*val45)+(val23*val46));
        buf0_25 = (buf0_25+(val0*val43)+(val8*val44)+(val16*val45)+(val24*val46));
        buf0_26 = (buf0_26+(val1*val43)+(val9*val44)+(val17*val45)+(val25*val46));
        buf0_27 = (buf0_27+(val2*val43)+(val10*val44)+(val18*val45)+(val26*val46));
        buf0_28 = (buf0_28+(val3*val43)+(val11*val44)+(val19*val45)+(val27*val46));
        buf0_29 = (buf0_29+(val4*val43)+(val12*val44)+(val20*val45)+(val28*val46));
        buf0_30 = (buf0_30+(val5*val43)+(val13*val44)+(val21*val45)+(val29*val46));
        buf0_31 = (buf0_31+(val6*val43)+(val14*val44)+(val22*val45)+(val30*val46));
        buf0_32 = (buf0_32+(val31*val47)+(val7*val48)+(val15*val49)+(val23*val50));
        buf0_33 = (buf0_33+(val0*val47)+(val8*val48)+(val16*val49)+(val24*val50));
        buf0_34 = (buf0_34+(val1*val47)+(val9*val48)+(val17*val49)+(val25*val50));
        buf0_35 = (buf0_35+(val2*val47)+(val10*val48)+(val18*val49)+(val26*val50));
        buf0_36 = (buf0_36+(val3*val47)+(val11*val48)+(val19*val49)+(val27*val50));
        buf0_37 = (buf0_37+(val4*val47)+(val12*val48)+(val20*val49)+(val28*val50));
        buf0_38 = (buf0_38+(val5*val47)+(val13*val48)+(val21*val49)+(val29*val50));
        buf0_39 = (buf0_39+(val6*val47)+(val14*val48)+(val22*val49)+(val30*val50));
        buf0_40 = (buf0_40+(val31*val51)+(val7*val52)+(val15*val53)+(val23*val54));
        buf0_41 = (buf0_41+(val0*val51)+(val8*val52)+(val16*val53)+(val24*val54));
        buf0_42 = (buf0_42+(val1*val51)+(val9*val52)+(val17*val53)+(val25*val54));
        buf0_43 = (buf0_43+(val2*val51)+(val10*val52)+(val18*val53)+(val26*val54));
        buf0_44 = (buf0_44+(val3*val51)+(val11*val52)+(val19*val53)+(val27*val54));
        buf0_45 = (buf0_45+(val4*val51)+(val12*val52)+(val20*val53)+(val28*val54));
        buf0_46 = (buf0_46+(val5*val51)+(val13*val52)+(val21*val53)+(val29*val54));
        buf0_47 = (buf0_47+(val6*val51)+(val14*val52)+(val22*val53)+(val30*val54));
        buf0_48 = (buf0_48+(val31*val55)+(val7*val56)+(val15*val57)+(val23*val58));
        buf0_49 = (buf0_49+(val0*val55)+(val8*val56)+(val16*val57)+(val24*val58));
        buf0_50 = (buf0_50+(val1*val55)+(val9*val56)+(val17*val57)+(val25*val58));
        buf0_51 = (buf0_51+(val2*val55)+(val10*val56)+(val18*val57)+(val26*val58));
        buf0_52 = (buf0_52+(val3*val55)+(val11*val56)+(val19*val57)+(val27*val58));
        buf0_53 = (buf0_53+(val4*val55)+(val12*val56)+(val20*val57)+(val28*val58));
        buf0_54 = (buf0_54+(val5*val55)+(val13*val56)+(val21*val57)+(val29*val58));
        buf0_55 = (buf0_55+(val6*val55)+(val14*val56)+(val22*val57)+(val30*val58));
        buf0_56 = (buf0_56+(val31*val59)+(val7*val60)+(val15*val61)+(val23*val62));
        buf0_57 = (buf0_57+(val0*val59)+(val8*val60)+(val16*val61)+(val24*val62));
        buf0_58 = (buf0_58+(val1*val59)+(val9*val60)+(val17*val61)+(val25*val62));
        buf0_59 = (buf0_59+(val2*val59)+(val10*val60)+(val18*val61)+(val26*val62));
        buf0_60 = (buf0_60+(val3*val59)+(val11*val60)+(val19*val61)+(val27*val62));
        buf0_61 = (buf0_61+(val4*val59)+(val12*val60)+(val20*val61)+(val28*val62));
        buf0_62 = (buf0_62+(val5*val59)+(val13*val60)+(val21*val61)+(val29*val62));
        buf0_63 = (buf0_63+(val6*val59)+(val14*val60)+(val22*val61)+(val30*val62));
      }
    }
  }
  var cast0 = bitcast<i32>((bitcast<u32>(lidx0)<<6u));
  buf2[cast0] = buf0_0;
  buf2[(cast0+1)] = buf0_1;
  buf2[(cast0+2)] = buf0_2;
  buf2[(cast0+3)] = buf0_3;
  buf2[(cast0+4)] = buf0_4;
  buf2[(cast0+5)] = buf0_5;
  buf2[(cast0+6)] = buf0_6;
  buf2[(cast0+7)] = buf0_7;
  buf2[(cast0+8)] = buf0_8;
  buf2[(cast0+9)] = buf0_9;
  buf2[(cast0+10)] = buf0_10;
  buf2[(cast0+11)] = buf0_11;
  buf2[(cast0+12)] = buf0_12;
  buf2[(cast0+13)] = buf0_13;
  buf2[(cast0+14)] = buf0_14;
  buf2[(cast0+15)] = buf0_15;
  buf2[(cast0+16)] = buf0_16;
  buf2[(cast0+17)] = buf0_17;
  buf2[(cast0+18)] = buf0_18;
  buf2[(cast0+19)] = buf0_19;
  buf2[(cast0+20)] = buf0_20;
  buf2[(cast0+21)] = buf0_21;
  buf2[(cast0+22)] = buf0_22;
  buf2[(cast0+23)] = buf0_23;
  buf2[(cast0+24)] = buf0_24;
  buf2[(cast0+25)] = buf0_25;
  buf2[(cast0+26)] = buf0_26;
  buf2[(cast0+27)] = buf0_27;
  buf2[(cast0+28)] = buf0_28;
  buf2[(cast0+29)] = buf0_29;
  buf2[(cast0+30)] = buf0_30;
  buf2[(cast0+31)] = buf0_31;
  buf2[(cast0+32)] = buf0_32;
  buf2[(cast0+33)] = buf0_33;
  buf2[(cast0+34)] = buf0_34;
  buf2[(cast0+35)] = buf0_35;
  buf2[(cast0+36)] = buf0_36;
  buf2[(cast0+37)] = buf0_37;
  buf2[(cast0+38)] = buf0_38;
  buf2[(cast0+39)] = buf0_39;
  buf2[(cast0+40)] = buf0_40;
  buf2[(cast0+41)] = buf0_41;
  buf2[(cast0+42)] = buf0_42;
  buf2[(cast0+43)] = buf0_43;
  buf2[(cast0+44)] = buf0_44;
  buf2[(cast0+45)] = buf0_45;
  buf2[(cast0+46)] = buf0_46;
  buf2[(cast0+47)] = buf0_47;
  buf2[(cast0+48)] = buf0_48;
  buf2[(cast0+49)] = buf0_49;
  buf2[(cast0+50)] = buf0_50;
  buf2[(cast0+51)] = buf0_51;
  buf2[(cast0+52)] = buf0_52;
  buf2[(cast0+53)] = buf0_53;
  buf2[(cast0+54)] = buf0_54;
  buf2[(cast0+55)] = buf0_55;
  buf2[(cast0+56)] = buf0_56;
  buf2[(cast0+57)] = buf0_57;
  buf2[(cast0+58)] = buf0_58;
  buf2[(cast0+59)] = buf0_59;
  buf2[(cast0+60)] = buf0_60;
  buf2[(cast0+61)] = buf0_61;
  buf2[(cast0+62)] = buf0_62;
  buf2[(cast0+63)] = buf0_63;
  workgroupBarrier();
  buf1_0 = 0.0f;
  buf1_1 = 0.0f;
  buf1_2 = 0.0f;
  buf1_3 = 0.0f;
  buf1_4 = 0.0f;
  buf1_5 = 0.0f;
  buf1_6 = 0.0f;
  buf1_7 = 0.0f;
  buf1_8 = 0.0f;
  buf1_9 = 0.0f;
  buf1_10 = 0.0f;
  buf1_11 = 0.0f;
  buf1_12 = 0.0f;
  buf1_13 = 0.0f;
  buf1_14 = 0.0f;
  buf1_15 = 0.0f;
  buf1_16 = 0.0f;
  buf1_17 = 0.0f;
  buf1_18 = 0.0f;
  buf1_19 = 0.0f;
  buf1_20 = 0.0f;
  buf1_21 = 0.0f;
  buf1_22 = 0.0f;
  buf1_23 = 0.0f;
  buf1_24 = 0.0f;
  buf1_25 = 0.0f;
  buf1_26 = 0.0f;
  buf1_27 = 0.0f;
  buf1_28 = 0.0f;
  buf1_29 = 0.0f;
  buf1_30 = 0.0f;
  buf1_31 = 0.0f;
  buf1_32 = 0.0f;
  buf1_33 = 0.0f;
  buf1_34 = 0.0f;
  buf1_35 = 0.0f;
  buf1_36 = 0.0f;
  buf1_37 = 0.0f;
  buf1_38 = 0.0f;
  buf1_39 = 0.0f;
  buf1_40 = 0.0f;
  buf1_41 = 0.0f;
  buf1_42 = 0.0f;
  buf1_43 = 0.0f;
  buf1_44 = 0.0f;
  buf1_45 = 0.0f;
  buf1_46 = 0.0f;
  buf1_47 = 0.0f;
  buf1_48 = 0.0f;
  buf1_49 = 0.0f;
  buf1_50 = 0.0f;
  buf1_51 = 0.0f;
  buf1_52 = 0.0f;
  buf1_53 = 0.0f;
  buf1_54 = 0.0f;
  buf1_55 = 0.0f;
  buf1_56 = 0.0f;
  buf1_57 = 0.0f;
  buf1_58 = 0.0f;
  buf1_59 = 0.0f;
  buf1_60 = 0.0f;
  buf1_61 = 0.0f;
  buf1_62 = 0.0f;
  buf1_63 = 0.0f;
  for (var Ridx106 = 0; Ridx106 < 4; Ridx106++) {
    var cast1 = bitcast<i32>((bitcast<u32>(Ridx106)<<6u));
    var val64 = buf2[cast1];
    var val65 = buf2[(cast1+1)];
    var val66 = buf2[(cast1+2)];
    var val67 = buf2[(cast1+3)];
    var val68 = buf2[(cast1+4)];
    var val69 = buf2[(cast1+5)];
    var val70 = buf2[(cast1+6)];
    var val71 = buf2[(cast1+7)];
    var val72 = buf2[(cast1+8)];
    var val73 = buf2[(cast1+9)];
    var val74 = buf2[(cast1+10)];
    var val75 = buf2[(cast1+11)];
    var val76 = buf2[(cast1+12)];
    var val77 = buf2[(cast1+13)];
    var val78 = buf2[(cast1+14)];
    var val79 = buf2[(cast1+15)];
    var val80 = buf2[(cast1+16)];
    var val81 = buf2[(cast1+17)];
    var val82 = buf2[(cast1+18)];
    var val83 = buf2[(cast1+19)];
    var val84 = buf2[(cast1+20)];
    var val85 = buf2[(cast1+21)];
    var val86 = buf2[(cast1+22)];
    var val87 = buf2[(cast1+23)];
    var val88 = buf2[(cast1+24)];
    var val89 = buf2[(cast1+25)];
    var val90 = buf2[(cast1+26)];
    var val91 = buf2[(cast1+27)];
    var val92 = buf2[(cast1+28)];
    var val93 = buf2[(cast1+29)];
    var val94 = buf2[(cast1+30)];
    var val95 = buf2[(cast1+31)];
    var val96 = buf2[(cast1+32)];
    var val97 = buf2[(cast1+33)];
    var val98 = buf2[(cast1+34)];
    var val99 = buf2[(cast1+35)];
    var val100 = buf2[(cast1+36)];
    var val101 = buf2[(cast1+37)];
    var val102 = buf2[(cast1+38)];
    var val103 = buf2[(cast1+39)];
    var val104 = buf2[(cast1+40)];
    var val105 = buf2[(cast1+41)];
    var val106 = buf2[(cast1+42)];
    var val107 = buf2[(cast1+43)];
    var val108 = buf2[(cast1+44)];
    var val109 = buf2[(cast1+45)];
    var val110 = buf2[(cast1+46)];
    var val111 = buf2[(cast1+47)];
    var val112 = buf2[(cast1+48)];
    var val113 = buf2[(cast1+49)];
    var val114 = buf2[(cast1+50)];
    var val115 = buf2[(cast1+51)];
    var val116 = buf2[(cast1+52)];
    var val117 = buf2[(cast1+53)];
    var val118 = buf2[(cast1+54)];
    var val119 = buf2[(cast1+55)];
    var val120 = buf2[(cast1+56)];
    var val121 = buf2[(cast1+57)];
    var val122 = buf2[(cast1+58)];
    var val123 = buf2[(cast1+59)];
    var val124 = buf2[(cast1+60)];
    var val125 = buf2[(cast1+61)];
    var val126 = buf2[(cast1+62)];
    var val127 = buf2[(cast1+63)];
    buf1_0 = (buf1_0+val64);
    buf1_1 = (buf1_1+val65);
    buf1_2 = (buf1_2+val66);
    buf1_3 = (buf1_3+val67);
    buf1_4 = (buf1_4+val68);
    buf1_5 = (buf1_5+val69);
    buf1_6 = (buf1_6+val70);
    buf1_7 = (buf1_7+val71);
    buf1_8 = (buf1_8+val72);
    buf1_9 = (buf1_9+val73);
    buf1_10 = (buf1_10+val74);
    buf1_11 = (buf1_11+val75);
    buf1_12 = (buf1_12+val76);
    buf1_13 = (buf1_13+val77);
    buf1_14 = (buf1_14+val78);
    buf1_15 = (buf1_15+val79);
    buf1_16 = (buf1_16+val80);
    buf1_17 = (buf1_17+val81);
    buf1_18 = (buf1_18+val82);
    buf1_19 = (buf1_19+val83);
    buf1_20 = (buf1_20+val84);
    buf1_21 = (buf1_21+val85);
    buf1_22 = (buf1_22+val86);
    buf1_23 = (buf1_23+val87);
    buf1_24 = (buf1_24+val88);
    buf1_25 = (buf1_25+val89);
    buf1_26 = (buf1_26+val90);
    buf1_27 = (buf1_27+val91);
    buf1_28 = (buf1_28+val92);
    buf1_29 = (buf1_29+val93);
    buf1_30 = (buf1_30+val94);
    buf1_31 = (buf1_31+val95);
    buf1_32 = (buf1_32+val96);
    buf1_33 = (buf1_33+val97);
    buf1_34 = (buf1_34+val98);
    buf1_35 = (buf1_35+val99);
    buf1_36 = (buf1_36+val100);
    buf1_37 = (buf1_37+val101);
    buf1_38 = (buf1_38+val102);
    buf1_39 = (buf1_39+val103);
    buf1_40 = (buf1_40+val104);
    buf1_41 = (buf1_41+val105);
    buf1_42 = (buf1_42+val106);
    buf1_43 = (buf1_43+val107);
    buf1_44 = (buf1_44+val108);
    buf1_45 = (buf1_45+val109);
    buf1_46 = (buf1_46+val110);
    buf1_47 = (buf1_47+val111);
    buf1_48 = (buf1_48+val112);
    buf1_49 = (buf1_49+val113);
    buf1_50 = (buf1_50+val114);
    buf1_51 = (buf1_51+val115);
    buf1_52 = (buf1_52+val116);
    buf1_53 = (buf1_53+val117);
    buf1_54 = (buf1_54+val118);
    buf1_55 = (buf1_55+val119);
    buf1_56 = (buf1_56+val120);
    buf1_57 = (buf1_57+val121);
    buf1_58 = (buf1_58+val122);
    buf1_59 = (buf1_59+val123);
    buf1_60 = (buf1_60+val124);
    buf1_61 = (buf1_61+val125);
    buf1_62 = (buf1_62+val126);
    buf1_63 = (buf1_63+val127);
  }
  var cast2 = bitcast<u32>(gidx1);
  var cast3 = bitcast<i32>((cast2<<3u));
  var val128 = data3_32[cast3];
  var alu327 = (cast3+1);
  var val129 = data3_32[alu327];
  var alu328 = (cast3+2);
  var val130 = data3_32[alu328];
  var alu329 = (cast3+3);
  var val131 = data3_32[alu329];
  var alu330 = (cast3+4);
  var val132 = data3_32[alu330];
  var alu331 = (cast3+5);
  var val133 = data3_32[alu331];
  var alu332 = (cast3+6);
  var val134 = data3_32[alu332];
  var alu333 = (cast3+7);
  var val135 = data3_32[alu333];
  var val136 = data4_32[cast3];
  var val137 = data4_32[alu327];
  var val138 = data4_32[alu328];
  var val139 = data4_32[alu329];
  var val140 = data4_32[alu330];
  var val141 = data4_32[alu331];
  var val142 = data4_32[alu332];
  var val143 = data4_32[alu333];
  var val144 = data5_32[cast3];
  var val145 = data5_32[alu327];
  var val146 = data5_32[alu328];
  var val147 = data5_32[alu329];
  var val148 = data5_32[alu330];
  var val149 = data5_32[alu331];
  var val150 = data5_32[alu332];
  var val151 = data5_32[alu333];
  var alu334 = (bitcast<i32>((bitcast<u32>(gidx0)<<3u))+bitcast<i32>((cast2<<9u)));
  var alu335 = (buf1_0+val128);
  var alu336 = (buf1_1+val128);
  var alu337 = (buf1_2+val128);
  var alu338 = (buf1_3+val128);
  var alu339 = (buf1_4+val128);
  var alu340 = (buf1_5+val128);
  var alu341 = (buf1_6+val128);
  var alu342 = (buf1_7+val128);
  var alu343 = (buf1_8+val129);
  var alu344 = (buf1_9+val129);
  var alu345 = (buf1_10+val129);
  var alu346 = (buf1_11+val129);
  var alu347 = (buf1_12+val129);
  var alu348 = (buf1_13+val129);
  var alu349 = (buf1_14+val129);
  var alu350 = (buf1_15+val129);
  var alu351 = (buf1_16+val130);
  var alu352 = (buf1_17+val130);
  var alu353 = (buf1_18+val130);
  var alu354 = (buf1_19+val130);
  var alu355 = (buf1_20+val130);
  var alu356 = (buf1_21+val130);
  var alu357 = (buf1_22+val130);
  var alu358 = (buf1_23+val130);
  var alu359 = (buf1_24+val131);
  var alu360 = (buf1_25+val131);
  var alu361 = (buf1_26+val131);
  var alu362 = (buf1_27+val131);
  var alu363 = (buf1_28+val131);
  var alu364 = (buf1_29+val131);
  var alu365 = (buf1_30+val131);
  var alu366 = (buf1_31+val131);
  var alu367 = (buf1_32+val132);
  var alu368 = (buf1_33+val132);
  var alu369 = (buf1_34+val132);
  var alu370 = (buf1_35+val132);
  var alu371 = (buf1_36+val132);
  var alu372 = (buf1_37+val132);
  var alu373 = (buf1_38+val132);
  var alu374 = (buf1_39+val132);
  var alu375 = (buf1_40+val133);
  var alu376 = (buf1_41+val133);
  var alu377 = (buf1_42+val133);
  var alu378 = (buf1_43+val133);
  var alu379 = (buf1_44+val133);
  var alu380 = (buf1_45+val133);
  var alu381 = (buf1_46+val133);
  var alu382 = (buf1_47+val133);
  var alu383 = (buf1_48+val134);
  var alu384 = (buf1_49+val134);
  var alu385 = (buf1_50+val134);
  var alu386 = (buf1_51+val134);
  var alu387 = (buf1_52+val134);
  var alu388 = (buf1_53+val134);
  var alu389 = (buf1_54+val134);
  var alu390 = (buf1_55+val134);
  var alu391 = (buf1_56+val135);
  var alu392 = (buf1_57+val135);
  var alu393 = (buf1_58+val135);
  var alu394 = (buf1_59+val135);
  var alu395 = (buf1_60+val135);
  var alu396 = (buf1_61+val135);
  var alu397 = (buf1_62+val135);
  var alu398 = (buf1_63+val135);
  var alu399 = (lidx0==0);
  if (alu399) {
    data0_2048[alu334] = ((alu335*(1/(1.0f+exp2((alu335*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+1)] = ((alu336*(1/(1.0f+exp2((alu336*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+2)] = ((alu337*(1/(1.0f+exp2((alu337*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+3)] = ((alu338*(1/(1.0f+exp2((alu338*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+4)] = ((alu339*(1/(1.0f+exp2((alu339*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+5)] = ((alu340*(1/(1.0f+exp2((alu340*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+6)] = ((alu341*(1/(1.0f+exp2((alu341*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+7)] = ((alu342*(1/(1.0f+exp2((alu342*-1.4426950216293335f))))*val136)+val144);
  }
  if (alu399) {
    data0_2048[(alu334+64)] = ((alu343*(1/(1.0f+exp2((alu343*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+65)] = ((alu344*(1/(1.0f+exp2((alu344*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+66)] = ((alu345*(1/(1.0f+exp2((alu345*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+67)] = ((alu346*(1/(1.0f+exp2((alu346*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+68)] = ((alu347*(1/(1.0f+exp2((alu347*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+69)] = ((alu348*(1/(1.0f+exp2((alu348*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+70)] = ((alu349*(1/(1.0f+exp2((alu349*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+71)] = ((alu350*(1/(1.0f+exp2((alu350*-1.4426950216293335f))))*val137)+val145);
  }
  if (alu399) {
    data0_2048[(alu334+128)] = ((alu351*(1/(1.0f+exp2((alu351*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+129)] = ((alu352*(1/(1.0f+exp2((alu352*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+130)] = ((alu353*(1/(1.0f+exp2((alu353*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+131)] = ((alu354*(1/(1.0f+exp2((alu354*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+132)] = ((alu355*(1/(1.0f+exp2((alu355*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+133)] = ((alu356*(1/(1.0f+exp2((alu356*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+134)] = ((alu357*(1/(1.0f+exp2((alu357*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+135)] = ((alu358*(1/(1.0f+exp2((alu358*-1.4426950216293335f))))*val138)+val146);
  }
  if (alu399) {
    data0_2048[(alu334+192)] = ((alu359*(1/(1.0f+exp2((alu359*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+193)] = ((alu360*(1/(1.0f+exp2((alu360*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+194)] = ((alu361*(1/(1.0f+exp2((alu361*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+195)] = ((alu362*(1/(1.0f+exp2((alu362*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+196)] = ((alu363*(1/(1.0f+exp2((alu363*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+197)] = ((alu364*(1/(1.0f+exp2((alu364*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+198)] = ((alu365*(1/(1.0f+exp2((alu365*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+199)] = ((alu366*(1/(1.0f+exp2((alu366*-1.4426950216293335f))))*val139)+val147);
  }
  if (alu399) {
    data0_2048[(alu334+256)] = ((alu367*(1/(1.0f+exp2((alu367*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+257)] = ((alu368*(1/(1.0f+exp2((alu368*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+258)] = ((alu369*(1/(1.0f+exp2((alu369*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+259)] = ((alu370*(1/(1.0f+exp2((alu370*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+260)] = ((alu371*(1/(1.0f+exp2((alu371*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+261)] = ((alu372*(1/(1.0f+exp2((alu372*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+262)] = ((alu373*(1/(1.0f+exp2((alu373*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+263)] = ((alu374*(1/(1.0f+exp2((alu374*-1.4426950216293335f))))*val140)+val148);
  }
  if (alu399) {
    data0_2048[(alu334+320)] = ((alu375*(1/(1.0f+exp2((alu375*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+321)] = ((alu376*(1/(1.0f+exp2((alu376*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+322)] = ((alu377*(1/(1.0f+exp2((alu377*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+323)] = ((alu378*(1/(1.0f+exp2((alu378*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+324)] = ((alu379*(1/(1.0f+exp2((alu379*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+325)] = ((alu380*(1/(1.0f+exp2((alu380*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+326)] = ((alu381*(1/(1.0f+exp2((alu381*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+327)] = ((alu382*(1/(1.0f+exp2((alu382*-1.4426950216293335f))))*val141)+val149);
  }
  if (alu399) {
    data0_2048[(alu334+384)] = ((alu383*(1/(1.0f+exp2((alu383*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+385)] = ((alu384*(1/(1.0f+exp2((alu384*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+386)] = ((alu385*(1/(1.0f+exp2((alu385*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+387)] = ((alu386*(1/(1.0f+exp2((alu386*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+388)] = ((alu387*(1/(1.0f+exp2((alu387*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+389)] = ((alu388*(1/(1.0f+exp2((alu388*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+390)] = ((alu389*(1/(1.0f+exp2((alu389*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+391)] = ((alu390*(1/(1.0f+exp2((alu390*-1.4426950216293335f))))*val142)+val150);
  }
  if (alu399) {
    data0_2048[(alu334+448)] = ((alu391*(1/(1.0f+exp2((alu391*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+449)] = ((alu392*(1/(1.0f+exp2((alu392*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+450)] = ((alu393*(1/(1.0f+exp2((alu393*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+451)] = ((alu394*(1/(1.0f+exp2((alu394*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+452)] = ((alu395*(1/(1.0f+exp2((alu395*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+453)] = ((alu396*(1/(1.0f+exp2((alu396*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+454)] = ((alu397*(1/(1.0f+exp2((alu397*-1.4426950216293335f))))*val143)+val151);
  }
  if (alu399) {
    data0_2048[(alu334+455)] = ((alu398*(1/(1.0f+exp2((alu398*-1.4426950216293335f))))*val143)+val151);
  }
}
