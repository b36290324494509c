package vn.mttq.sangtao.plan;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.unit.UnitAccess;

/** Plans over HTTP: draft and start issuance, read a plan, follow its progress down the tree. */
@RestController
@Tag(name = "Kế hoạch")
@RequestMapping("/api/plans")
class PlanController {

  private final PlanService planService;
  private final PlanCascadeService cascade;
  private final PlanIssuanceStarter starter;
  private final CurrentUser currentUser;
  private final UnitAccess access;

  PlanController(PlanService planService, PlanCascadeService cascade, PlanIssuanceStarter starter,
      CurrentUser currentUser, UnitAccess access) {
    this.access = access;
    this.planService = planService;
    this.cascade = cascade;
    this.starter = starter;
    this.currentUser = currentUser;
  }

  /** Saves the draft and sends it to the issuing committee's leaders for approval. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  PlanIssuanceStarter.Started create(@RequestBody PlanRequest request) {
    if (request.issuingUnitCode() == null || request.issuingUnitCode().isBlank()) {
      throw new BadInputException("Thiếu mã đơn vị ban hành (issuingUnitCode).");
    }
    access.requireStaff(request.issuingUnitCode(), "Chỉ cán bộ của đơn vị «" + request.issuingUnitCode()
        + "» được soạn kế hoạch của đơn vị đó.");
    return starter.start(request, currentUser.id());
  }

  /** The issuing committee's line reads its plan; so does the line of each unit the plan is addressed to. */
  @GetMapping("/{id}")
  PlanView get(@PathVariable Long id) {
    PlanView plan = planService.get(id);
    if (!access.reads(plan.issuingUnitCode())
        && plan.recipients().stream().noneMatch(r -> access.reads(r.unitCode()))) {
      access.requireReads(plan.issuingUnitCode(), "kế hoạch này");
    }
    return plan;
  }

  /** How far the plan has gone down the tree: the issuing committee's line only. */
  @GetMapping("/{id}/progress")
  PlanProgress progress(@PathVariable Long id) {
    access.requireReads(planService.issuingUnitCode(id), "tiến độ triển khai kế hoạch này");
    return cascade.progress(id);
  }
}
