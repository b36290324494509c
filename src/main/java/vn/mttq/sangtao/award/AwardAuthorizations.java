package vn.mttq.sangtao.award;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.Authorizations;

/**
 * Any staff member may open Tasklist's "Đề nghị biểu dương, khen thưởng" and "Mở đợt đánh giá, tổng kết" start
 * forms; the proposal or assessment itself checks that they act for their own unit.
 */
@Component
@Order(42)
class AwardAuthorizations implements ApplicationRunner {

  private final Authorizations authorizations;

  AwardAuthorizations(Authorizations authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizations.grantEveryone(Resources.PROCESS_DEFINITION, AwardProposalProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    authorizations.grantEveryone(Resources.PROCESS_DEFINITION, AnnualAssessmentProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
  }
}
