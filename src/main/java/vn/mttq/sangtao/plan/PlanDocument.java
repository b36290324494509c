package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import vn.mttq.sangtao.shared.document.IssuerNames;
import vn.mttq.sangtao.shared.document.OfficialHeading;

/**
 * A plan laid out as the document the standing committee signs (Decree 30/2020 as the Front applies it): the issuing
 * body and "BAN THƯỜNG TRỰC" at the top left with the number, the national motto and the place and date at the top
 * right, "KẾ HOẠCH" and the title, the basis, the numbered parts, "Nơi nhận" with its kinds and the signature block.
 * Plain data, written out by {@link #asText()}, {@link PlanDocx} and {@link PlanPdf}; empty sections are left out
 * and the rest numbered in order.
 *
 * @param headings the top left, first line to last
 * @param body the numbered parts, in order
 * @param recipients the lines of "Nơi nhận"
 * @param signature the signature block, first line to last (the signer's name last, blank before issue)
 */
record PlanDocument(List<String> headings, String number, String placeAndDate, String title, String basis,
    List<Part> body, List<String> recipients, List<String> signature, boolean draft) {

  static final String MOTTO_1 = OfficialHeading.MOTTO_1;
  static final String MOTTO_2 = OfficialHeading.MOTTO_2;
  /** Recipients of one group named one by one in "Nơi nhận"; more are named as a group with their number. */
  static final int LISTED = 8;
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

  /** A heading and its paragraphs; {@code level} 1 is "I.", 2 is "1.", 3 is "1.1.". */
  record Part(int level, String heading, List<String> paragraphs) {
  }

  /** The whole plan, as issued (or as the draft the leaders approve). */
  static PlanDocument of(PlanView plan) {
    return build(plan, null);
  }

  /**
   * The plan as one recipient receives it in its task: everything, but in part III only what that recipient must
   * do, its own paragraph included and the others' left out.
   */
  static PlanDocument forRecipient(PlanView plan, String unitCode) {
    return build(plan, plan.recipient(unitCode).orElse(null));
  }

  private static PlanDocument build(PlanView plan, PlanView.Recipient reader) {
    PlanSections s = plan.sections();
    boolean issued = plan.status() == PlanStatus.ISSUED;
    List<String> headings = headings(plan.issuingUnitName());
    String number = "Số: " + (issued ? plan.numberAndSymbol() : "      /" + symbolOf(plan));
    String place = IssuerNames.place(plan.issuingUnitName());
    String date = issued && plan.issuedOn() != null ? longDate(plan.issuedOn())
        : "ngày      tháng      năm " + plan.year();
    Numbering numbering = new Numbering();
    numbering.part(1, "MỤC ĐÍCH, YÊU CẦU", s.purposes());
    numbering.part(1, "NỘI DUNG THỰC HIỆN", null);
    numbering.part(2, "Công tác thông tin, tuyên truyền", null);
    numbering.part(3, "Nội dung tuyên truyền", s.propagandaContent());
    numbering.part(3, "Đối tượng tuyên truyền", s.propagandaAudience());
    numbering.part(3, "Hình thức tuyên truyền", s.propagandaForms());
    numbering.part(2, "Xây dựng mô hình, điển hình", s.modelsContent());
    numbering.part(2, "Hỗ trợ, khuyến khích, nhân rộng", s.supportContent());
    numbering.part(2, "Sơ kết, tổng kết", s.summaryContent());
    numbering.part(1, "TỔ CHỨC THỰC HIỆN", null);
    String area = IssuerNames.area(plan.issuingUnitName());
    if (reader == null) {
      numbering.part(2, "Ban Thường trực Ủy ban MTTQ " + area, s.issuerTasks());
      numbering.part(2, "Các tổ chức thành viên của Mặt trận", paragraphs(s.memberOrganisationTasks(),
          ownParagraphs(plan, PlanView.Recipient::memberOrganisation)));
      numbering.part(2, "Ủy ban MTTQ cấp dưới", paragraphs(s.subordinateCommitteeTasks(),
          ownParagraphs(plan, r -> !r.memberOrganisation())));
    } else if (reader.kind() == RecipientKind.IMPLEMENT) {
      numbering.part(2, reader.unitName(), plan.tasksOf(reader));
    }
    numbering.closing(closing(plan));
    List<String> signature = List.of(OfficialHeading.ON_BEHALF, OfficialHeading.CHAIR,
        plan.signerName() == null || !issued ? "" : plan.signerName());
    return new PlanDocument(headings, number, place + ", " + date, plan.title(), plan.basis(), numbering.parts(),
        recipients(plan), signature, !issued);
  }

  static List<String> headings(String issuerName) {
    return OfficialHeading.bodyLines(issuerName);
  }

  static String longDate(LocalDate day) {
    return OfficialHeading.longDate(day);
  }

  /** The document as plain text, as the tasks' forms show it. */
  String asText() {
    StringBuilder text = new StringBuilder();
    headings.forEach(line -> text.append(line).append('\n'));
    text.append(number).append('\n');
    text.append(placeAndDate).append("\n\n");
    if (draft) {
      text.append("DỰ THẢO\n");
    }
    text.append("KẾ HOẠCH\n").append(title).append("\n\n");
    if (basis != null) {
      text.append(basis).append("\n\n");
    }
    for (Part part : body) {
      if (part.heading() != null) {
        text.append(part.heading()).append('\n');
      }
      part.paragraphs().forEach(p -> text.append(p).append('\n'));
    }
    text.append("\nNơi nhận:\n");
    recipients.forEach(line -> text.append(line).append('\n'));
    text.append('\n');
    signature.stream().filter(line -> !line.isEmpty()).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private static String symbolOf(PlanView plan) {
    String n = plan.numberAndSymbol();
    int slash = n.indexOf('/');
    return slash < 0 ? n : n.substring(slash + 1);
  }

  private static String closing(PlanView plan) {
    StringBuilder text = new StringBuilder("Trên đây là kế hoạch ").append(plan.title()).append(" của Ban Thường trực ")
        .append(plan.issuingUnitName()).append(". Đề nghị các đơn vị chủ động xây dựng kế hoạch tổ chức thực hiện,"
            + " đồng thời định kỳ 6 tháng (trước ngày ").append(dayMonth(plan.halfYearReportDue().plusDays(1)))
        .append("), 1 năm (trước ngày ").append(dayMonth(plan.annualReportDue().plusDays(1))).append(")");
    if (plan.asksForSummary()) {
      text.append(", tổng kết giai đoạn ").append(plan.summaryFromYear()).append(" - ").append(plan.year())
          .append(" (trước ngày ").append(dayMonth(plan.summaryReportDue().plusDays(1))).append(')');
    }
    return text.append(" báo cáo kết quả thực hiện về Ban Thường trực ").append(plan.issuingUnitName())
        .append(" để tổng hợp báo cáo chung./.").toString();
  }

  /** "08/6", as the seeds write a deadline. */
  private static String dayMonth(LocalDate day) {
    return String.format("%02d/%d", day.getDayOfMonth(), day.getMonthValue());
  }

  private static List<String> ownParagraphs(PlanView plan, Predicate<PlanView.Recipient> which) {
    return plan.recipients().stream().filter(r -> r.kind() == RecipientKind.IMPLEMENT && r.unitCode() != null)
        .filter(which).filter(r -> r.taskText() != null).map(r -> "- " + r.unitName() + ": " + r.taskText()).toList();
  }

  private static String paragraphs(String common, List<String> own) {
    List<String> all = new ArrayList<>();
    if (common != null) {
      all.add(common);
    }
    all.addAll(own);
    return all.isEmpty() ? null : String.join("\n", all);
  }

  /** "Nơi nhận": reported to ("b/c"), for information, to implement (a long list as its groups), the archive. */
  private static List<String> recipients(PlanView plan) {
    List<String> lines = new ArrayList<>();
    for (RecipientKind kind : List.of(RecipientKind.REPORT_TO, RecipientKind.INFORMATION)) {
      plan.recipients().stream().filter(r -> r.kind() == kind)
          .forEach(r -> lines.add("- " + r.unitName() + kind.mark() + ";"));
    }
    List<PlanView.Recipient> implement = plan.recipients().stream().filter(r -> r.kind() == RecipientKind.IMPLEMENT)
        .toList();
    group(lines, implement.stream().filter(PlanView.Recipient::memberOrganisation).toList(),
        "Các tổ chức thành viên của Mặt trận");
    group(lines, implement.stream().filter(r -> !r.memberOrganisation()).toList(), "Ủy ban MTTQ cấp dưới");
    lines.add("- Lưu: VT.");
    return lines;
  }

  private static void group(List<String> lines, List<PlanView.Recipient> group, String name) {
    if (group.size() > LISTED) {
      lines.add("- " + name + " (" + group.size() + " đơn vị);");
    } else {
      group.forEach(r -> lines.add("- " + r.unitName() + ";"));
    }
  }

  /** Numbers the parts that have something, "I." / "1." / "1.1.", skipping the empty ones. */
  private static final class Numbering {
    private final List<Part> parts = new ArrayList<>();
    private final int[] counters = new int[4];
    private final String[] pendingHeadings = new String[4];

    void part(int level, String heading, String text) {
      pendingHeadings[level] = heading;
      Arrays.fill(pendingHeadings, level + 1, pendingHeadings.length, null);
      if (text == null || text.isBlank()) {
        return;
      }
      // a heading without text of its own stands once something below it does
      for (int l = 1; l <= level; l++) {
        if (pendingHeadings[l] != null) {
          counters[l]++;
          Arrays.fill(counters, l + 1, counters.length, 0);
          parts.add(new Part(l, label(l) + " " + pendingHeadings[l], l == level ? lines(text) : List.of()));
          pendingHeadings[l] = null;
        }
      }
    }

    void closing(String text) {
      parts.add(new Part(0, null, List.of(text)));
    }

    private String label(int level) {
      return switch (level) {
        case 1 -> ROMAN[counters[1] - 1] + ".";
        case 2 -> counters[2] + ".";
        default -> counters[2] + "." + counters[3] + ".";
      };
    }

    private static List<String> lines(String text) {
      return text.lines().map(String::strip).filter(Predicate.not(String::isEmpty)).toList();
    }

    List<Part> parts() {
      return parts.stream().filter(Objects::nonNull).toList();
    }
  }
}
