package vn.mttq.sangtao.initiative;

import java.util.List;

import vn.mttq.sangtao.shared.web.InvalidInputException;

/** A submission that cannot be accepted; every problem is named in Vietnamese and nothing was saved. */
class InitiativeValidationException extends InvalidInputException {

  public InitiativeValidationException(List<String> problems) {
    super("Sáng kiến chưa hợp lệ:", problems);
  }

  /** {@code lead} opens the message, e.g. "Phiếu chưa hợp lệ:". */
  public InitiativeValidationException(String lead, List<String> problems) {
    super(lead, problems);
  }
}
