package vn.mttq.sangtao.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a plan says, section by section as the seeds lay it out: its basis, purposes and requirements, the propaganda
 * (contents, audience, forms), building models, support and replication, the summaries, and part III "Tổ chức thực
 * hiện": the standing committee's own tasks and those of all member organisations and all subordinate committees
 * (each recipient's own paragraph is kept with the recipient).
 */
@Embeddable
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PlanSections {

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
  @Column(name = "issuer_tasks")
  private String issuerTasks;
  @Column(name = "member_organisation_tasks")
  private String memberOrganisationTasks;
  @Column(name = "subordinate_committee_tasks")
  private String subordinateCommitteeTasks;

  protected PlanSections() {
  }

  PlanSections(String basis, String purposes, String propagandaContent, String propagandaAudience,
      String propagandaForms, String modelsContent, String supportContent, String summaryContent,
      String issuerTasks, String memberOrganisationTasks, String subordinateCommitteeTasks) {
    this.basis = basis;
    this.purposes = purposes;
    this.propagandaContent = propagandaContent;
    this.propagandaAudience = propagandaAudience;
    this.propagandaForms = propagandaForms;
    this.modelsContent = modelsContent;
    this.supportContent = supportContent;
    this.summaryContent = summaryContent;
    this.issuerTasks = issuerTasks;
    this.memberOrganisationTasks = memberOrganisationTasks;
    this.subordinateCommitteeTasks = subordinateCommitteeTasks;
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

  /** III.1, the issuing standing committee's own tasks. */
  public String issuerTasks() {
    return issuerTasks;
  }

  /** III.2, what every member organisation does (each one's own paragraph is its recipient's). */
  public String memberOrganisationTasks() {
    return memberOrganisationTasks;
  }

  /** III.3, what every subordinate committee does. */
  public String subordinateCommitteeTasks() {
    return subordinateCommitteeTasks;
  }
}
