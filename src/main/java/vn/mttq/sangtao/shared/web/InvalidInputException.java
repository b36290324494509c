package vn.mttq.sangtao.shared.web;

import java.util.List;

/**
 * Input with one or more problems, each named in Vietnamese; nothing was saved. The API lists them in the problem
 * document's {@code errors} member, a form shows the message.
 */
public class InvalidInputException extends BadInputException {

  private final transient List<String> problems;

  /** {@code lead} opens the message, e.g. "Kế hoạch chưa hợp lệ:". */
  public InvalidInputException(String lead, List<String> problems) {
    super(lead + " " + String.join(" ", problems));
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
