package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.support.SpringTest;

/** Submitting initiatives: staff through the API, anyone through the public API; bad input; who may read them. */
@SpringTest
class InitiativeSubmissionTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  InitiativeRepository initiatives;
  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  private static Map<String, Object> initiative(String title, String authorUnit) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("summary", "Tóm tắt: " + title);
    body.put("description", "Cách làm: " + title + ". Áp dụng tại khu dân cư, tiết kiệm thời gian họp.");
    body.put("contentArea", "POLITICAL_SYSTEM");
    body.put("authorKind", "INDIVIDUAL");
    body.put("authorNames", "Nguyễn Thị Hoa");
    body.put("authorUnitCode", authorUnit);
    body.put("estimatedCostVnd", 500_000);
    return body;
  }

  @Test
  void staffSubmitAndTheAuthorsCommitteeReceivesIt() {
    ResponseEntity<Map> fromArea = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/initiatives", initiative("Sổ tay điện tử cho tổ dân phố", "dn-p-longkhanh-kp1"), Map.class);
    ResponseEntity<Map> fromFarmers = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/initiatives", initiative("Hội quán nông dân trên mạng", "dn-p-longkhanh-hnd"), Map.class);
    Map<String, Object> toProvince = initiative("Bản đồ số các mô hình", "dn-p-longkhanh");
    toProvince.put("receivingUnitCode", "dn");
    ResponseEntity<Map> higher = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/initiatives", toProvince, Map.class);

    assertThat(fromArea.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(fromArea.getBody()).containsEntry("receivingUnitCode", "dn-p-longkhanh")
        .containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "Đã tiếp nhận, đang kiểm tra")
        .containsEntry("channel", "API");
    assertThat((String) fromArea.getBody().get("trackingCode")).matches("SK-[2-9A-Z]{4}-[2-9A-Z]{4}");
    assertThat(fromFarmers.getBody()).containsEntry("receivingUnitCode", "dn-p-longkhanh");
    assertThat(higher.getBody()).containsEntry("receivingUnitCode", "dn");
  }

  @Test
  void badSubmissionsAreRefusedWithEveryProblemAndNothingIsSaved() {
    long before = initiatives.count();
    Map<String, Object> bad = initiative(" ", "khong-co");
    bad.put("contentArea", "SPORT");
    bad.put("authorKind", null);
    bad.put("estimatedCostVnd", -1);
    Map<String, Object> sideways = initiative("Nơi nhận không hợp lệ", "dn-p-longkhanh-kp1");
    sideways.put("receivingUnitCode", "dn-p-binhloc");

    ResponseEntity<Map> answer = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/initiatives", bad, Map.class);
    ResponseEntity<Map> wrongReceiver = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/initiatives", sideways, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<String>) answer.getBody().get("errors")).containsExactlyInAnyOrder(
        "Tên sáng kiến không được để trống.",
        "Hãy chọn một trong năm nội dung của phong trào.",
        "Hãy chọn tác giả là cá nhân hay tập thể.",
        "Kinh phí dự kiến không được âm.",
        "Không có đơn vị mã «khong-co».");
    assertThat((List<String>) wrongReceiver.getBody().get("errors")).containsExactly("Nơi tiếp nhận «dn-p-binhloc»"
        + " phải là Ủy ban MTTQ của đơn vị tác giả hoặc cấp trên của Ủy ban đó.");
    assertThat(initiatives.count()).isEqualTo(before);
  }

  @Test
  void attachmentsAreCheckedByTheirContentAndKept() {
    byte[] pdf = "%PDF-1.4\n% Báo cáo kết quả áp dụng\n".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<Map> good = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity("/api/initiatives",
        multipart(initiative("Phiếu góp ý bằng mã QR", "dn-p-longkhanh"), file("ket-qua.pdf", pdf)), Map.class);
    long before = initiatives.count();
    ResponseEntity<Map> bad = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity("/api/initiatives",
        multipart(initiative("Tệp không hợp lệ", "dn-p-longkhanh"), file("chay-thu.exe", new byte[] {'M', 'Z', 0}),
            file("anh.png", pdf), file("lon.pdf", big())), Map.class);

    assertThat(good.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<Map<String, Object>> files = (List<Map<String, Object>>) good.getBody().get("attachments");
    assertThat(files).singleElement().satisfies(f -> assertThat(f).containsEntry("fileName", "ket-qua.pdf")
        .containsEntry("contentType", "application/pdf").containsEntry("sizeBytes", pdf.length));
    ResponseEntity<byte[]> download = rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo").getForEntity(
        "/api/initiatives/" + good.getBody().get("id") + "/attachments/" + files.get(0).get("id"), byte[].class);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) bad.getBody().get("errors")).containsExactlyInAnyOrder(
        "Tệp «chay-thu.exe» không thuộc loại được phép (PDF, Word .docx, Excel .xlsx, ảnh JPEG, PNG).",
        "Nội dung tệp «anh.png» không đúng với loại tệp .png.",
        "Tệp «lon.pdf» lớn quá 10 MB.");
    assertThat(initiatives.count()).isEqualTo(before);
  }

  @Test
  void onlyTheReceivingCommitteeAndThoseAboveReadAnInitiative() {
    Number id = (Number) rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity("/api/initiatives",
        initiative("Lịch trực tuyến của Ban công tác Mặt trận", "dn-p-longkhanh-kp1"), Map.class).getBody().get("id");

    assertThat(rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo").getForEntity("/api/initiatives/" + id, Map.class)
        .getBody()).containsEntry("authorNames", "Nguyễn Thị Hoa");
    assertThat(rest.withBasicAuth("dn.canbo", "demo").getForEntity("/api/initiatives/" + id, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> otherWard = rest.withBasicAuth("dn-p-binhloc.canbo", "demo")
        .getForEntity("/api/initiatives/" + id, Map.class);
    assertThat(otherWard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherWard.getBody().get("detail").toString()).startsWith("Chỉ cán bộ của Ủy ban tiếp nhận");
  }

  @Test
  void anyoneSubmitsThroughThePublicApiAndFollowsItByTrackingCode() {
    Map<String, Object> body = initiative("Nhóm Zalo hỏi đáp pháp luật cho bà con", "dn-p-longkhanh");
    body.put("submitterName", "Trần Văn Bình");
    body.put("submitterPhone", "0912 345 678");

    ResponseEntity<Map> receipt = rest.postForEntity("/public/api/initiatives", multipart(body), Map.class);

    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) receipt.getBody().get("trackingCode");
    assertThat(receipt.getBody().get("message").toString()).contains(code);
    assertThat(initiatives.findByTrackingCode(code).orElseThrow().getChannel()).isEqualTo(SubmissionChannel.PUBLIC);
    ResponseEntity<Map> status = rest.getForEntity("/public/api/initiatives/" + code.toLowerCase(), Map.class);
    assertThat(status.getBody()).containsEntry("trackingCode", code)
        .containsEntry("statusLabel", "Đã tiếp nhận, đang kiểm tra")
        .containsEntry("receivingUnitName", "Ủy ban MTTQ Việt Nam phường Long Khánh")
        .doesNotContainKey("submitterPhone");
    ResponseEntity<Map> unknown = rest.getForEntity("/public/api/initiatives/SK-2222-2222", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").toString()).startsWith("Không tìm thấy sáng kiến có mã theo dõi");
    assertThat(rest.getForEntity("/public/api/initiatives", String.class).getStatusCode().is2xxSuccessful())
        .as("no list of other people's submissions").isFalse();
  }

  @Test
  void thePublicAuthorSendsTheRequestedSupplementWithTheSecretOnlyTheyReceived() {
    Map<String, Object> body = initiative("Sân chơi cho trẻ từ vật liệu tái chế", "dn-p-longkhanh");
    body.put("submitterName", "Võ Thị Lan");
    body.put("submitterEmail", "lan@example.vn");
    Map<?, ?> receipt = rest.postForEntity("/public/api/initiatives", multipart(body), Map.class).getBody();
    String code = (String) receipt.get("trackingCode");
    String secret = (String) receipt.get("supplementSecret");
    assertThat(secret).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(receipt.get("message").toString()).contains(secret);
    org.camunda.bpm.engine.task.Task check = taskService.createTaskQuery().processInstanceBusinessKey(code)
        .singleResult();
    taskService.setAssignee(check.getId(), "dn-p-longkhanh.canbo");
    taskService.complete(check.getId(), Map.of("outcome", "SUPPLEMENT", "note", "Bổ sung nơi đã áp dụng.",
        "supplementDays", 10L));
    assertThat(rest.getForObject("/public/api/initiatives/" + code, Map.class))
        .containsEntry("status", "SUPPLEMENT_REQUESTED").containsEntry("supplementRequest", "Bổ sung nơi đã áp dụng.");

    ResponseEntity<Map> withoutSecret = rest.postForEntity("/public/api/initiatives/" + code + "/supplement",
        Map.of("appliedAt", "Ghi đè của người khác"), Map.class);
    ResponseEntity<Map> wrongSecret = rest.exchange("/public/api/initiatives/" + code + "/supplement",
        HttpMethod.POST, withSecret(Map.of("appliedAt", "Ghi đè của người khác"), "AAAA-BBBB-CCCC-DDDD"), Map.class);
    assertThat(withoutSecret.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(wrongSecret.getBody().get("detail").toString()).startsWith("Mã bí mật để bổ sung không đúng");
    assertThat(initiatives.findByTrackingCode(code).orElseThrow().getAppliedAt()).isNotEqualTo("Ghi đè của người khác");
    assertThat(staffView(code)).as("staff never see the secret").doesNotContain(secret)
        .doesNotContain(secret.replace("-", ""));

    ResponseEntity<Map> sent = rest.exchange("/public/api/initiatives/" + code + "/supplement", HttpMethod.POST,
        withSecret(Map.of("appliedAt", "Sân nhà văn hóa khu phố 3"), secret.toLowerCase()), Map.class);
    ResponseEntity<Map> again = rest.exchange("/public/api/initiatives/" + code + "/supplement", HttpMethod.POST,
        withSecret(Map.of("appliedAt", "Lần nữa"), secret), Map.class);

    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody()).containsEntry("statusLabel", "Đã tiếp nhận, đang kiểm tra");
    assertThat(initiatives.findByTrackingCode(code).orElseThrow().getAppliedAt()).isEqualTo("Sân nhà văn hóa khu phố 3");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_PRE_CHECK).count()).isEqualTo(1);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) again.getBody().get("errors")).containsExactly(
        "Sáng kiến không ở trạng thái cần bổ sung.");
  }

  private static HttpEntity<Map<String, Object>> withSecret(Map<String, Object> body, String secret) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Supplement-Secret", secret);
    return new HttpEntity<>(body, headers);
  }

  private String staffView(String code) {
    Long id = initiatives.findByTrackingCode(code).orElseThrow().getId();
    return rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").getForObject("/api/initiatives/" + id, String.class);
  }

  @Test
  void thePublicMustPickACommuneWardOrResidentialAreaAndSayHowToReachThem() {
    Map<String, Object> body = initiative("Gửi từ cấp tỉnh", "dn");

    ResponseEntity<Map> answer = rest.postForEntity("/public/api/initiatives", multipart(body), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) answer.getBody().get("errors")).containsExactlyInAnyOrder(
        "Họ và tên người gửi không được để trống.",
        "Hãy cho biết số điện thoại hoặc thư điện tử để liên hệ.",
        "«Ủy ban MTTQ Việt Nam tỉnh Đồng Nai» không phải là xã, phường hay khu dân cư: hãy chọn xã, phường hoặc khu"
            + " dân cư.");
    List<Map<String, String>> places = rest.getForObject("/public/api/units?q=long khanh", List.class);
    assertThat(places).extracting(p -> p.get("code")).contains("dn-p-longkhanh", "dn-p-longkhanh-kp1")
        .doesNotContain("dn-p-longkhanh-hnd", "dn");
    assertThat((List<Map<String, String>>) rest.getForObject("/public/api/units?q=Long Khánh", List.class))
        .isEqualTo(places);
  }

  @Test
  void similarInitiativesAreFoundWithOrWithoutDiacritics() {
    Map<String, Object> first = initiative("Ứng dụng Zalo trong tuyên truyền", "dn-p-longkhanh");
    first.put("summary", "Lập nhóm Zalo để tuyên truyền chủ trương, chính sách tới từng hộ dân");
    first.put("description", "Ban công tác Mặt trận lập nhóm Zalo của khu phố, đăng tin tuyên truyền hằng tuần.");
    Map<String, Object> second = initiative("ung dung zalo tuyen truyen", "dn-p-binhloc");
    second.put("summary", "lap nhom zalo tuyen truyen chu truong chinh sach toi ho dan");
    second.put("description", "lap nhom zalo cua khu pho de tuyen truyen hang tuan");
    Map<String, Object> other = initiative("Vườn rau sạch cho hộ nghèo", "dn-p-binhloc");
    Number firstId = (Number) rest.withBasicAuth("dn-p-longkhanh.canbo", "demo")
        .postForEntity("/api/initiatives", first, Map.class).getBody().get("id");
    rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity("/api/initiatives", other, Map.class);
    Number secondId = (Number) rest.withBasicAuth("dn-p-binhloc.canbo", "demo")
        .postForEntity("/api/initiatives", second, Map.class).getBody().get("id");

    List<Map<String, Object>> similar = rest.withBasicAuth("dn-p-binhloc.canbo", "demo")
        .getForObject("/api/initiatives/" + secondId + "/similar", List.class);

    assertThat(similar).isNotEmpty();
    assertThat(similar.get(0)).containsEntry("id", firstId.intValue())
        .containsEntry("title", "Ứng dụng Zalo trong tuyên truyền")
        .containsEntry("receivingUnitName", "Ủy ban MTTQ Việt Nam phường Long Khánh");
    assertThat((Integer) similar.get(0).get("similarityPercent")).isGreaterThanOrEqualTo(70);
    assertThat(similar).noneMatch(s -> s.get("id").equals(secondId.intValue()));
    assertThat(similar).filteredOn(s -> "Vườn rau sạch cho hộ nghèo".equals(s.get("title")))
        .allSatisfy(s -> assertThat((Integer) s.get("similarityPercent")).isLessThan(50));
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(Map<String, Object> initiative,
      HttpEntity<?>... files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("initiative", new HttpEntity<>(initiative, json));
    for (HttpEntity<?> file : files) {
      parts.add("files", file);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    return new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }, headers);
  }

  private static byte[] big() {
    byte[] content = new byte[Attachments.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 5);
    return content;
  }
}
