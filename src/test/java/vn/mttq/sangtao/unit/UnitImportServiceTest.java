package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.sangtao.support.SpringTest;

@SpringTest
class UnitImportServiceTest {

  private static final String HEADER = "code,name,type,parentCode,validFrom,validTo\n";

  @Autowired
  UnitImportService importService;
  @Autowired
  UnitService unitService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  private static byte[] csv(String rows) {
    return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFileWithOneBadLineChangesNothing() {
    long units = unitService.count();
    long groups = identityService.createGroupQuery().count();
    String before = unitService.get("dn-tn-giakiem").name();

    assertThatThrownBy(() -> importService.importCsv(csv("""
        t1-moi,Ủy ban MTTQ xã Mới,COMMUNE,dn-tn,,30/06/2025
        dn-tn-giakiem,Tên mới của xã Gia Kiệm,COMMUNE,dn-tn,,30/06/2025
        t1-hong,Ủy ban MTTQ xã Hỏng,COMMUNE,khong-ton-tai,,
        """)))
        .isInstanceOfSatisfying(UnitImportException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Không nhập được danh sách đơn vị: 1 lỗi, chưa có thay đổi nào được lưu.");
          assertThat(e.getProblems()).extracting(ImportProblem::text).containsExactly(
              "Dòng 4: đơn vị cấp trên «khong-ton-tai» không có trong tệp và chưa có trong hệ thống.");
        });

    assertThat(unitService.count()).isEqualTo(units);
    assertThat(unitService.find("t1-moi")).isEmpty();
    assertThat(unitService.get("dn-tn-giakiem").name()).isEqualTo(before);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void importCreatesUnitsWithTheirGroupsAndRenamesGroupsWithTheUnit() {
    ImportResult first = importService.importCsv(csv("""
        t2-xa,Ủy ban MTTQ Việt Nam xã Thử Nghiệm,COMMUNE,dn,01/07/2025,
        t2-xa-hnd,Hội Nông dân xã Thử Nghiệm,MEMBER_ORGANISATION,t2-xa,01/07/2025,
        t2-huyen-uy,Ban Dân vận Đảng ủy xã Thử Nghiệm,PARTY_BODY,t2-xa,01/07/2025,
        """));

    assertThat(first).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(3, 0, 0);
    assertThat(unitService.children("t2-xa", null)).extracting(UnitView::code)
        .containsExactly("t2-huyen-uy", "t2-xa-hnd");
    assertThat(identityService.createGroupQuery().groupId("t2-xa.staff").singleResult().getName())
        .isEqualTo("Cán bộ — Ủy ban MTTQ Việt Nam xã Thử Nghiệm");
    assertThat(identityService.createGroupQuery().groupId("t2-xa-hnd.leaders").singleResult().getName())
        .isEqualTo("Lãnh đạo — Hội Nông dân xã Thử Nghiệm");
    // information-only bodies get no accounts
    assertThat(identityService.createGroupQuery().groupIdIn("t2-huyen-uy.staff", "t2-huyen-uy.leaders").count())
        .isZero();
    // leaders may open Cockpit
    assertThat(authorizationService.isUserAuthorized("nobody", java.util.List.of("t2-xa.leaders"),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizationService.isUserAuthorized("nobody", java.util.List.of("t2-xa.staff"),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    // everyone reads the models, through one global grant: a new unit adds no row granted on "*", which every
    // authorization-checked query of the engine would read
    assertThat(authorizationService.isUserAuthorized("nobody", java.util.List.of("t2-xa-hnd.staff"),
        Permissions.READ, Resources.PROCESS_DEFINITION, "planImplementation")).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("t2-xa.staff", "t2-xa.leaders",
        "t2-xa-hnd.staff", "t2-xa-hnd.leaders").resourceId("*").count()).isZero();

    ImportResult second = importService.importCsv(csv("""
        t2-xa,Ủy ban MTTQ Việt Nam xã Thử Nghiệm Mới,COMMUNE,dn,01/07/2025,
        t2-xa-hnd,Hội Nông dân xã Thử Nghiệm,MEMBER_ORGANISATION,t2-xa,01/07/2025,
        """));

    assertThat(second).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(0, 1, 1);
    assertThat(second.message()).isEqualTo("Đã nhập 2 đơn vị: 0 mới, 1 cập nhật, 1 không đổi.");
    assertThat(identityService.createGroupQuery().groupId("t2-xa.staff").singleResult().getName())
        .isEqualTo("Cán bộ — Ủy ban MTTQ Việt Nam xã Thử Nghiệm Mới");
    assertThat(identityService.createGroupQuery().groupIdIn("t2-xa.staff", "t2-xa.leaders").count()).isEqualTo(2);
  }
}
