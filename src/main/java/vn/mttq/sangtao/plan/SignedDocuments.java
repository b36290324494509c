package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/**
 * A plan's signed document, attached once it exists: the scan of what the standing committee signed (PDF or image),
 * or for a plan recorded from outside, its document. Every upload is kept; the latest is shown.
 */
@Component
@Transactional
class SignedDocuments {

  private final PlanFileRepository files;
  private final PlanService plans;
  private final Clock clock;

  SignedDocuments(PlanFileRepository files, PlanService plans, Clock clock) {
    this.files = files;
    this.plans = plans;
    this.clock = clock;
  }

  /** The caller has been checked as one who may attach it. */
  void attach(Long planId, Attachments.Upload upload, String userId) {
    PlanView plan = plans.get(planId);
    List<String> problems = new ArrayList<>();
    if (plan.status() != PlanStatus.ISSUED) {
      problems.add("Kế hoạch chưa ban hành: chỉ đính kèm văn bản đã ký của kế hoạch đã ban hành.");
    }
    List<Attachments.Checked> checked = Attachments.check(List.of(upload), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa đính kèm được văn bản đã ký:", problems);
    }
    files.save(new PlanFile(planId, checked.get(0), userId, clock.instant()));
  }

  @Transactional(readOnly = true)
  Optional<PlanFile> latest(Long planId) {
    return files.findFirstByPlanIdOrderByIdDesc(planId);
  }
}
