package vn.mttq.sangtao.shared.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What every document of a Front committee carries at its top and its foot (Decree 30/2020): the issuing body's
 * lines at the top left ("ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG NAI", "BAN THƯỜNG TRỰC") with the number, the national
 * motto and "Đồng Nai, ngày 02 tháng 12 năm 2026" at the top right; "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", room to sign
 * and the signer's name at the foot.
 */
public record OfficialHeading(List<String> bodyLines, String number, String placeAndDate) {

  public static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
  public static final String ON_BEHALF = "TM. BAN THƯỜNG TRỰC";
  public static final String CHAIR = "CHỦ TỊCH";

  /** The heading of a document the committee issues on {@code day}, numbered {@code number} ("Số: 12/KH-…"). */
  public static OfficialHeading of(String issuerName, String number, LocalDate day) {
    return new OfficialHeading(bodyLines(issuerName), number, IssuerNames.place(issuerName) + ", " + longDate(day));
  }

  /** "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG NAI", "BAN THƯỜNG TRỰC". */
  public static List<String> bodyLines(String issuerName) {
    String area = IssuerNames.area(issuerName);
    return area.equals(issuerName.strip()) ? List.of(IssuerNames.upper(issuerName), "BAN THƯỜNG TRỰC")
        : List.of("ỦY BAN MTTQ VIỆT NAM", IssuerNames.upper(area), "BAN THƯỜNG TRỰC");
  }

  /** "ngày 23 tháng 02 năm 2024": a day under 10 and the months 1 and 2 written with a leading zero (Decree 30). */
  public static String longDate(LocalDate day) {
    int month = day.getMonthValue();
    return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
        + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + day.getYear();
  }
}
