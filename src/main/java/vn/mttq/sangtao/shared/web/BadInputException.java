package vn.mttq.sangtao.shared.web;

/**
 * Input a person must correct. The message is Vietnamese and shown as it is; the API answers 400 with
 * {@code application/problem+json}, and nothing has been changed.
 */
public class BadInputException extends RuntimeException {

  public BadInputException(String vietnameseMessage) {
    super(vietnameseMessage);
  }

  /** Further detail for the problem document's {@code errors} member, or null. */
  public Object details() {
    return null;
  }
}
