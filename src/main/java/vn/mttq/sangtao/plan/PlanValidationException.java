package vn.mttq.sangtao.plan;

import java.util.List;

import vn.mttq.sangtao.shared.web.InvalidInputException;

/** A draft or a decision that cannot be accepted; every problem is named in Vietnamese and nothing was saved. */
class PlanValidationException extends InvalidInputException {

  public PlanValidationException(List<String> problems) {
    super("Kế hoạch chưa hợp lệ:", problems);
  }
}
