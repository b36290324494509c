package vn.mttq.sangtao.shared.web;

/** The signed-in user may not do this; the message is Vietnamese. Answered with 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
