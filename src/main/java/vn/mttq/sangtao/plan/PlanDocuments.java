package vn.mttq.sangtao.plan;

import org.springframework.stereotype.Component;

/** A plan's official document, generated from its data, as Word and as PDF. */
@Component
class PlanDocuments {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final PlanDocx docx;
  private final PlanPdf pdf;

  PlanDocuments(PlanDocx docx, PlanPdf pdf) {
    this.docx = docx;
    this.pdf = pdf;
  }

  byte[] docx(PlanView plan) {
    return docx.render(PlanDocument.of(plan));
  }

  byte[] pdf(PlanView plan) {
    return pdf.render(PlanDocument.of(plan));
  }

  /** "Kế hoạch 12-KH-MTTQ-BTT (2026).docx"; a draft is "Dự thảo kế hoạch (2026).docx". */
  String fileName(PlanView plan, String extension) {
    String name = plan.status() == PlanStatus.ISSUED
        ? "Kế hoạch " + plan.numberAndSymbol().replace('/', '-') + " (" + plan.year() + ")"
        : "Dự thảo kế hoạch " + plan.id() + " (" + plan.year() + ")";
    return name + "." + extension;
  }

}
