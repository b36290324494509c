package vn.mttq.sangtao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.SystemMarkers;
import vn.mttq.sangtao.unit.ImportResult;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitImportService;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Loads the demo unit tree and demo users on the first start, when enabled. A marker row makes later starts skip
 * it, so nothing is duplicated and nothing an administrator removed comes back.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

  static final String MARKER = "demo-data-v1";
  static final String UNITS_CSV = "demo/units.csv";
  static final String STAFF_LOGIN_SUFFIX = ".canbo";
  static final String LEADER_LOGIN_SUFFIX = ".lanhdao";

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoProperties properties;
  private final SystemMarkers markers;
  private final UnitImportService importService;
  private final UnitService unitService;
  private final IdentityService identityService;

  DemoDataLoader(DemoProperties properties, SystemMarkers markers, UnitImportService importService,
      UnitService unitService, IdentityService identityService) {
    this.properties = properties;
    this.markers = markers;
    this.importService = importService;
    this.unitService = unitService;
    this.identityService = identityService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!properties.enabled() || markers.isSet(MARKER)) {
      return;
    }
    ImportResult result = importService.importCsv(readUnits());
    int users = 0;
    for (UnitView unit : unitService.list(null)) {
      if (unit.frontCommittee() || unit.memberOrganisation()) {
        users += createUser(unit.code() + STAFF_LOGIN_SUFFIX, "Cán bộ", unit.name(), UnitGroups.staff(unit.code()));
        users += createUser(unit.code() + LEADER_LOGIN_SUFFIX, "Lãnh đạo", unit.name(),
            UnitGroups.leaders(unit.code()));
      }
    }
    markers.set(MARKER);
    LOG.info("Demo data loaded: {}; {} demo users", result.message(), users);
  }

  private int createUser(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return 0;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@sangtao.example");
    user.setPassword(properties.password());
    identityService.saveUser(user);
    identityService.createMembership(id, groupId);
    return 1;
  }

  private static byte[] readUnits() {
    try (InputStream in = new ClassPathResource(UNITS_CSV).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
