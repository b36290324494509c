package vn.mttq.sangtao.unit;

import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At every start, makes sure the authorizations that do not depend on any unit exist. */
@Component
@Order(5)
class UnitIdentityBootstrap implements ApplicationRunner {

  private final UnitIdentitySync identitySync;
  private final UnitRepository units;

  UnitIdentityBootstrap(UnitIdentitySync identitySync, UnitRepository units) {
    this.identitySync = identitySync;
    this.units = units;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    identitySync.ensureBaseAuthorizations(units.findByParentIsNull().stream()
        .filter(u -> u.getType().hasAccounts()).map(Unit::getCode).collect(Collectors.toSet()));
  }
}
