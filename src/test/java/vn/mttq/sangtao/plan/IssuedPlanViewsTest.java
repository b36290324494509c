package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.PlanFixtures;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.unit.UnitImportService;

/**
 * An issued plan's view is kept, but its units' names follow the unit tree: a committee renamed (on this node or
 * another, which raises the tree's version) is read with its new name in the plan it issued.
 */
@SpringTest
class IssuedPlanViewsTest {

  @Autowired
  PlanService plans;
  @Autowired
  UnitImportService imports;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aRenamedIssuerIsReadWithItsNewNameInAKeptPlanView() {
    String csv = "code,name,type,parentCode,validFrom,validTo\n"
        + "ipv-xa,%s,COMMUNE,dn,01/07/2025,\n";
    imports.importCsv(csv.formatted("Ủy ban MTTQ Việt Nam xã Phú Lý").getBytes(StandardCharsets.UTF_8));
    Long plan = new PlanFixtures(jdbc).issuedPlan("ipv-xa", LocalDate.of(2026, 3, 2), "Kế hoạch thử tên đơn vị");
    assertThat(plans.get(plan).issuingUnitName()).isEqualTo("Ủy ban MTTQ Việt Nam xã Phú Lý");
    assertThat(plans.get(plan)).as("kept while nothing changes").isSameAs(plans.get(plan));

    imports.importCsv(csv.formatted("Ủy ban MTTQ Việt Nam xã Phú Lý Mới").getBytes(StandardCharsets.UTF_8));

    assertThat(plans.get(plan).issuingUnitName()).isEqualTo("Ủy ban MTTQ Việt Nam xã Phú Lý Mới");
  }
}
