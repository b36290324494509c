package vn.mttq.sangtao.unit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start, makes sure the authorizations that do not depend on any unit exist. */
@Component
@Order(5)
class UnitIdentityBootstrap implements ApplicationRunner {

  private final UnitIdentitySync identitySync;

  UnitIdentityBootstrap(UnitIdentitySync identitySync) {
    this.identitySync = identitySync;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitySync.ensureBaseAuthorizations();
  }
}
