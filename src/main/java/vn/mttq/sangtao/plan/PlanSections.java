package vn.mttq.sangtao.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a plan says, section by section as the seeds lay it out: its basis, purposes and requirements, the propaganda
 * (contents, audience, forms), building models, support and replication, and the summaries.
 */
@Embeddable
class PlanSections {

  static final PlanSections NONE = new PlanSections();

  private String basis;
  private String purposes;
  @Column(name = "propaganda_content")
  private String propagandaContent;
  @Column(name = "propaganda_audience")
  private String propagandaAudience;
  @Column(name = "propaganda_forms")
  private String propagandaForms;
  @Column(name = "models_content")
  private String modelsContent;
  @Column(name = "support_content")
  private String supportContent;
  @Column(name = "summary_content")
  private String summaryContent;

  protected PlanSections() {
  }

  PlanSections(String basis, String purposes, String propagandaContent, String propagandaAudience,
      String propagandaForms, String modelsContent, String supportContent, String summaryContent) {
    this.basis = basis;
    this.purposes = purposes;
    this.propagandaContent = propagandaContent;
    this.propagandaAudience = propagandaAudience;
    this.propagandaForms = propagandaForms;
    this.modelsContent = modelsContent;
    this.supportContent = supportContent;
    this.summaryContent = summaryContent;
  }

  /** "Căn cứ". */
  public String basis() {
    return basis;
  }

  /** "Mục đích, yêu cầu". */
  public String purposes() {
    return purposes;
  }

  /** "Nội dung tuyên truyền". */
  public String propagandaContent() {
    return propagandaContent;
  }

  /** "Đối tượng tuyên truyền". */
  public String propagandaAudience() {
    return propagandaAudience;
  }

  /** "Hình thức tuyên truyền". */
  public String propagandaForms() {
    return propagandaForms;
  }

  /** "Xây dựng mô hình, điển hình". */
  public String modelsContent() {
    return modelsContent;
  }

  /** "Hỗ trợ, nhân rộng". */
  public String supportContent() {
    return supportContent;
  }

  /** "Sơ kết, tổng kết". */
  public String summaryContent() {
    return summaryContent;
  }
}
