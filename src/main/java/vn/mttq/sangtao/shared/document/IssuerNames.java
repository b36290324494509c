package vn.mttq.sangtao.shared.document;

import java.util.List;
import java.util.Locale;

/**
 * The names a committee goes by in its documents, from its name in the unit tree ("Ủy ban MTTQ Việt Nam tỉnh Đồng
 * Nai"): the area ("tỉnh Đồng Nai") and the place the document is signed in ("Đồng Nai").
 */
public final class IssuerNames {

  public static final String FRONT = "Ủy ban MTTQ Việt Nam";
  private static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận",
      "phường", "xã", "đặc khu");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private IssuerNames() {
  }

  /** "tỉnh Đồng Nai" for "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"; a name of another shape as it is. */
  public static String area(String unitName) {
    String name = unitName.strip();
    return name.regionMatches(true, 0, FRONT, 0, FRONT.length()) && name.length() > FRONT.length()
        ? name.substring(FRONT.length()).strip() : name;
  }

  /** "Đồng Nai" for "tỉnh Đồng Nai", "Long Khánh" for "phường Long Khánh". */
  public static String place(String unitName) {
    String area = area(unitName);
    String lower = area.toLowerCase(VI);
    for (String level : LEVELS) {
      if (lower.startsWith(level + " ")) {
        return area.substring(level.length()).strip();
      }
    }
    return area;
  }

  public static String upper(String text) {
    return text.toUpperCase(VI);
  }
}
