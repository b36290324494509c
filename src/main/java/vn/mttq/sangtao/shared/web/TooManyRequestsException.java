package vn.mttq.sangtao.shared.web;

/** Someone asked too often; the message is Vietnamese. Answered with 429. */
public class TooManyRequestsException extends RuntimeException {

  public TooManyRequestsException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
