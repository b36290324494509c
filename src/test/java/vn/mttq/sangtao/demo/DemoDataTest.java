package vn.mttq.sangtao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;

import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

@SpringTest
class DemoDataTest {

  private static final LocalDate BEFORE_MERGER = LocalDate.of(2024, 3, 1);
  private static final LocalDate DISTRICT_LEVEL_ENDED = LocalDate.of(2025, 6, 30);

  @Autowired
  UnitService units;
  @Autowired
  IdentityService identityService;
  @Autowired
  DemoDataLoader loader;

  @Test
  void holdsTheProvinceAndBothSeedDistrictsWithTheirCommunes() {
    assertThat(units.get("dn").name()).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
    assertThat(units.get("dn").parentCode()).isEqualTo("vn");

    UnitView thongNhat = units.get("dn-tn");
    assertThat(thongNhat.name()).isEqualTo("Ủy ban MTTQ Việt Nam huyện Thống Nhất");
    assertThat(thongNhat.validTo()).isEqualTo(DISTRICT_LEVEL_ENDED);
    assertThat(committees(units.children("dn-tn", BEFORE_MERGER))).hasSizeGreaterThanOrEqualTo(5)
        .extracting(UnitView::name).contains("Ủy ban MTTQ Việt Nam xã Gia Kiệm");

    List<UnitView> cityWards = committees(units.children("dn-lk", BEFORE_MERGER));
    assertThat(cityWards).hasSizeGreaterThanOrEqualTo(5);
    long wardsWithResidentialAreas = cityWards.stream()
        .filter(w -> !committees(units.children(w.code(), BEFORE_MERGER)).isEmpty()).count();
    assertThat(wardsWithResidentialAreas).isGreaterThanOrEqualTo(2);

    // the district level no longer exists after the merger: nothing of it is valid on 01/07/2025
    assertThat(units.list(LocalDate.of(2025, 7, 1))).extracting(UnitView::code)
        .doesNotContain("dn-tn", "dn-tn-giakiem", "dn-lk").contains("dn", "dn-x-giakiem");
  }

  @Test
  void everyCommitteeDownToTheCommuneHasTheFiveMemberOrganisations() throws IOException {
    List<UnitView> committees = demoUnits().stream()
        .filter(u -> u.frontCommittee() && !u.type().equals("RESIDENTIAL_AREA")).toList();
    assertThat(committees).hasSizeGreaterThan(20);
    for (UnitView committee : committees) {
      assertThat(units.children(committee.code(), null).stream().filter(UnitView::memberOrganisation)
          .map(UnitView::name).toList())
          .as("member organisations of %s", committee.name())
          .hasSize(5)
          .anyMatch(n -> n.contains("Lao động") || n.startsWith("Công đoàn"))
          .anyMatch(n -> n.contains("Hội Nông dân"))
          .anyMatch(n -> n.contains("Đoàn TNCS Hồ Chí Minh"))
          .anyMatch(n -> n.contains("Hội Liên hiệp Phụ nữ"))
          .anyMatch(n -> n.contains("Hội Cựu chiến binh"));
    }
  }

  @Test
  void thePartyBodiesOfTheSeedsReceiveForInformationOnly() {
    assertThat(units.children("dn-lk", null)).filteredOn(UnitView::informationOnly).extracting(UnitView::name)
        .contains("Ban Thường vụ Thành ủy Long Khánh", "Ban Dân vận Thành ủy Long Khánh",
            "Văn phòng Thành ủy Long Khánh");
    assertThat(units.children("dn-tn", null)).filteredOn(UnitView::informationOnly).extracting(UnitView::name)
        .contains("Thường trực Huyện ủy Thống Nhất", "Ban Tuyên giáo Huyện ủy Thống Nhất",
            "Ban Dân vận Huyện ủy Thống Nhất");
    assertThat(units.children("dn", null)).filteredOn(UnitView::informationOnly).extracting(UnitView::name)
        .contains("Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
  }

  @Test
  void everyCommitteeAndMemberOrganisationHasADemoStaffMemberAndLeader() throws IOException {
    List<UnitView> withUsers = demoUnits().stream()
        .filter(u -> u.frontCommittee() || u.memberOrganisation()).toList();
    for (UnitView unit : withUsers) {
      assertThat(identityService.createUserQuery().memberOfGroup(unit.code() + ".staff").list())
          .extracting(u -> u.getId()).containsExactly(unit.code() + ".canbo");
      assertThat(identityService.createUserQuery().memberOfGroup(unit.code() + ".leaders").list())
          .extracting(u -> u.getId()).containsExactly(unit.code() + ".lanhdao");
    }
    assertThat(identityService.checkPassword("dn-tn-giakiem.canbo", "demo")).isTrue();
  }

  @Test
  void runningTheLoaderAgainDuplicatesNothing() {
    long unitCount = units.count();
    long userCount = identityService.createUserQuery().count();
    long groupCount = identityService.createGroupQuery().count();

    loader.run(new DefaultApplicationArguments());

    assertThat(units.count()).isEqualTo(unitCount);
    assertThat(identityService.createUserQuery().count()).isEqualTo(userCount);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupCount);
  }

  /** The demo units only: other tests add units of their own to the shared database. */
  private List<UnitView> demoUnits() throws IOException {
    Set<String> codes;
    try (var in = new ClassPathResource(DemoDataLoader.UNITS_CSV).getInputStream()) {
      codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
    }
    return units.list(null).stream().filter(u -> codes.contains(u.code())).toList();
  }

  private static List<UnitView> committees(List<UnitView> list) {
    return list.stream().filter(UnitView::frontCommittee).toList();
  }
}
