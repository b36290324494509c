package vn.mttq.sangtao.shared.web;

/** A requested record does not exist; the message is Vietnamese. Answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
