package vn.mttq.sangtao.support;

/**
 * A synthetic national unit tree for benchmarks, as an import CSV: the centre {@code qg}, its provinces
 * {@code qg-pNN}, their communes {@code qg-pNN-xNNN}, and five member organisations beside every committee.
 */
public final class NationalTree {

  public static final String[] MEMBERS = {"ldld", "hnd", "doan", "phunu", "ccb"};

  private NationalTree() {
  }

  public static String province(int p) {
    return String.format("qg-p%02d", p);
  }

  public static String commune(int p, int c) {
    return String.format("%s-x%03d", province(p), c);
  }

  public static String csv(int provinces, int communes) {
    StringBuilder csv = new StringBuilder("code,name,type,parentCode,validFrom,validTo\n");
    csv.append("qg,Ủy ban Trung ương MTTQ Việt Nam (thử tải),CENTRAL,,,\n");
    members(csv, "qg", "Trung ương");
    for (int p = 1; p <= provinces; p++) {
      String province = province(p);
      csv.append(province).append(",Ủy ban MTTQ tỉnh số ").append(p).append(",PROVINCE,qg,,\n");
      members(csv, province, "tỉnh số " + p);
      for (int c = 1; c <= communes; c++) {
        String commune = commune(p, c);
        csv.append(commune).append(",Ủy ban MTTQ xã số ").append(c).append(" tỉnh ").append(p)
            .append(",COMMUNE,").append(province).append(",,\n");
        members(csv, commune, "xã số " + c + " tỉnh " + p);
      }
    }
    return csv.toString();
  }

  private static void members(StringBuilder csv, String parent, String place) {
    for (String member : MEMBERS) {
      csv.append(parent).append('-').append(member).append(",Tổ chức thành viên ").append(member).append(' ')
          .append(place).append(",MEMBER_ORGANISATION,").append(parent).append(",,\n");
    }
  }
}
