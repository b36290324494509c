package vn.mttq.sangtao.initiative;

import java.util.Arrays;
import java.util.Optional;

/** The movement's five contents ("05 nội dung", seed 001 II.1) an initiative belongs to. */
enum ContentArea {
  POLITICAL_SYSTEM("Nâng cao hiệu quả, chất lượng công tác trong các cơ quan của hệ thống chính trị"),
  PRODUCTIVITY("Nâng cao năng suất lao động ở các đơn vị sản xuất, kinh doanh, hộ gia đình"),
  RESEARCH_EDUCATION_HEALTH("Nâng cao chất lượng hoạt động và dịch vụ trong các cơ sở nghiên cứu khoa học, học viện,"
      + " giáo dục và đào tạo, khám chữa bệnh"),
  ARMED_FORCES("Nâng cao chất lượng các đơn vị bảo vệ chủ quyền lãnh thổ và trật tự an toàn xã hội trong lực lượng"
      + " vũ trang"),
  OVERSEAS("Trong cộng đồng người Việt Nam ở nước ngoài, hướng về xây dựng quê hương, đất nước");

  private final String label;

  ContentArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<ContentArea> parse(String code) {
    return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
  }
}
