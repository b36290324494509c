package vn.mttq.sangtao.plan;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.security.AsSystem;

/** Saves a draft sent through the API and starts its {@code planIssuance}, together or not at all. */
@Service
public class PlanIssuanceStarter {

  private final PlanDrafting drafting;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  PlanIssuanceStarter(PlanDrafting drafting, RuntimeService runtimeService, IdentityService identityService) {
    this.drafting = drafting;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The started draft and the id of its process instance. */
  public record Started(PlanView plan, String processInstanceId) {
  }

  @Transactional
  public Started start(PlanRequest request, String userId) {
    PlanView plan = drafting.submitDraft(null, request.issuingUnitCode(), null, request.toDraft(), userId);
    // the caller's right to draft for the issuer was checked; the instance is the application's, for this plan
    String instanceId = AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(
        PlanIssuanceProcess.KEY, Map.of(PlanIssuanceProcess.VAR_PLAN_ID, plan.id(),
            PlanIssuanceProcess.VAR_ISSUING_UNIT, plan.issuingUnitCode())).getId());
    return new Started(plan, instanceId);
  }
}
