package vn.mttq.sangtao.plan;

import java.util.List;

import vn.mttq.sangtao.shared.web.BadInputException;

/** A draft or a decision that cannot be accepted; every problem is named in Vietnamese and nothing was saved. */
public class PlanValidationException extends BadInputException {

  private final transient List<String> problems;

  public PlanValidationException(List<String> problems) {
    super("Kế hoạch chưa hợp lệ: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }

  @Override
  public Object details() {
    return problems;
  }
}
