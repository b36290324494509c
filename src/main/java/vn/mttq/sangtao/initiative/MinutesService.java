package vn.mttq.sangtao.initiative;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.PersonNames;
import vn.mttq.sangtao.shared.web.NotFoundException;

/** The council's minutes for reading (JSON) and printing (a plain HTML page laid out like an official record). */
@Service
@Transactional(readOnly = true)
class MinutesService {

  private final CouncilService council;
  private final InitiativeService initiatives;
  private final IdentityService identityService;

  MinutesService(CouncilService council, InitiativeService initiatives, IdentityService identityService) {
    this.council = council;
    this.initiatives = initiatives;
    this.identityService = identityService;
  }

  public MinutesView minutes(Long initiativeId) {
    CouncilMinutes minutes = council.minutes(initiativeId).orElseThrow(() -> new NotFoundException(
        "Hội đồng chưa quyết định về sáng kiến số " + initiativeId + ": chưa có biên bản."));
    InitiativeView initiative = initiatives.get(initiativeId);
    List<CouncilMember> members = council.members(initiativeId);
    Map<String, String> names = names(members.stream().map(CouncilMember::getUserId).toList());
    List<MinutesView.CriterionTally> criteria = Arrays.stream(Criterion.values())
        .map(c -> new MinutesView.CriterionTally(c, c.label(), minutes.met(c), minutes.getVotesCast() - minutes.met(c)))
        .toList();
    String chair = members.stream().filter(m -> m.isChair() && !m.isRecused()).map(m -> names.get(m.getUserId())).findFirst()
        .orElse(null);
    return new MinutesView(initiativeId, initiative.trackingCode(), initiative.title(), initiative.authorNames(),
        initiative.receivingUnitName(),
        BusinessTime.format(minutes.getDecidedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        minutes.getEligibleMembers(), minutes.getVotesCast(), criteria, minutes.getAverageScore(),
        minutes.isRecognised(), minutes.isRecognised() ? "Công nhận sáng kiến" : "Không công nhận sáng kiến",
        minutes.getReasons(), chair, list(minutes.getMembersPresent(), names),
        members.stream().filter(CouncilMember::isRecused)
            .map(m -> names.get(m.getUserId()) + " (" + m.getRecusalReason() + ")").toList());
  }

  /** The minutes as a page to print. */
  public String printable(Long initiativeId) {
    MinutesView m = minutes(initiativeId);
    StringBuilder rows = new StringBuilder();
    int i = 1;
    for (MinutesView.CriterionTally c : m.criteria()) {
      rows.append("<tr><td>").append(i++).append("</td><td>").append(e(c.label())).append("</td><td>")
          .append(c.met()).append("</td><td>").append(c.notMet()).append("</td></tr>");
    }
    return """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Biên bản họp Hội đồng xét sáng kiến %s</title>
        <style>body{font-family:"Times New Roman",serif;font-size:14pt;max-width:800px;margin:24px auto;line-height:1.4}
        .head{display:flex;justify-content:space-between;text-align:center}.head div{width:48%%}
        h1{text-align:center;font-size:15pt;margin:28px 0 4px}p.sub{text-align:center;margin:0 0 20px}
        table{border-collapse:collapse;width:100%%}td,th{border:1px solid #000;padding:4px 8px}
        .sign{display:flex;justify-content:space-between;margin-top:40px;text-align:center}.sign div{width:45%%}
        @media print{body{margin:0}}</style></head><body>
        <div class="head"><div><b>%s</b><br>HỘI ĐỒNG XÉT SÁNG KIẾN</div>
        <div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><u>Độc lập - Tự do - Hạnh phúc</u><br><i>ngày %s</i></div></div>
        <h1>BIÊN BẢN HỌP HỘI ĐỒNG XÉT SÁNG KIẾN</h1><p class="sub">Sáng kiến «%s» (mã %s)</p>
        <p>Tác giả: %s.</p>
        <p>Thành viên hội đồng không rút lui: %d; số thành viên bỏ phiếu: %d (%s).</p>
        <p>Thành viên rút lui: %s.</p>
        <p>Kết quả đánh giá theo năm tiêu chí:</p>
        <table><tr><th>TT</th><th>Tiêu chí</th><th>Số phiếu đạt</th><th>Số phiếu không đạt</th></tr>%s</table>
        <p>Điểm trung bình: %s.</p>
        <p><b>Kết luận: %s.</b> %s</p>
        <div class="sign"><div><b>THƯ KÝ</b></div><div><b>CHỦ TỊCH HỘI ĐỒNG</b><br><br><br><br>%s</div></div>
        </body></html>
        """.formatted(e(m.trackingCode()), e(m.receivingUnitName().toUpperCase(java.util.Locale.ROOT)),
        e(m.decidedOn()), e(m.title()), e(m.trackingCode()), e(m.authorNames()), m.eligibleMembers(),
        m.votesCast(), e(String.join(", ", m.membersPresent())),
        m.membersRecused().isEmpty() ? "không có" : e(String.join("; ", m.membersRecused())), rows,
        m.averageScore() == null ? "không chấm điểm" : m.averageScore().toPlainString().replace('.', ','),
        e(m.decision()), e(m.reasons()), e(m.chair() == null ? "" : m.chair()));
  }

  private Map<String, String> names(List<String> userIds) {
    Map<String, String> names = AsSystem.call(identityService, () -> identityService.createUserQuery()
        .userIdIn(userIds.toArray(String[]::new)).list()).stream()
        .collect(Collectors.toMap(User::getId, MinutesService::fullName));
    userIds.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }

  private static List<String> list(String ids, Map<String, String> names) {
    return ids == null || ids.isBlank() ? List.of()
        : Arrays.stream(ids.split(",\\s*")).map(id -> names.getOrDefault(id, id)).toList();
  }

  private static String fullName(User user) {
    String name = PersonNames.fullName(user);
    return name == null ? user.getId() : name;
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
