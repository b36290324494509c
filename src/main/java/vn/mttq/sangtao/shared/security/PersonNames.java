package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** A person's name as their account carries it, Vietnamese order: first name (họ tên đệm) then last name. */
public final class PersonNames {

  private PersonNames() {
  }

  /** "Nguyễn Văn An", or null when the account has no name. */
  public static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? null : name;
  }

  /** The name of the account {@code userId}, read as the application; null when there is no such account or name. */
  public static String of(IdentityService identityService, String userId) {
    if (userId == null) {
      return null;
    }
    User user = AsSystem.call(identityService,
        () -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? null : fullName(user);
  }
}
