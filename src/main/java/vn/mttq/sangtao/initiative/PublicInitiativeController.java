package vn.mttq.sangtao.initiative;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.unit.UnitService;

/**
 * The public page's API, open to anyone without an account: submit an initiative, follow it by its tracking code,
 * find one's commune or ward. Nothing here lists other people's submissions.
 */
@RestController
@Tag(name = "Cổng công khai")
@RequestMapping("/public/api")
class PublicInitiativeController {

  private final InitiativeService initiatives;
  private final PublicSupplement supplements;
  private final InitiativeSearch search;
  private final InitiativeSubmissions submissions;
  private final UnitService units;
  private final PublicRateLimiter limiter;

  PublicInitiativeController(InitiativeService initiatives, PublicSupplement supplements, InitiativeSearch search,
      InitiativeSubmissions submissions, UnitService units, PublicRateLimiter limiter) {
    this.initiatives = initiatives;
    this.supplements = supplements;
    this.search = search;
    this.submissions = submissions;
    this.units = units;
    this.limiter = limiter;
  }

  @PostMapping(path = "/initiatives", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Receipt submit(@RequestPart("initiative") InitiativeSubmission submission,
      @RequestPart(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request)
      throws IOException {
    limiter.submission(request.getRemoteAddr());
    InitiativeSubmission fromPublic = new InitiativeSubmission(submission.title(), submission.summary(),
        submission.description(), submission.contentArea(), submission.fieldOfWork(), submission.appliedAt(),
        submission.expectedBenefit(), submission.estimatedCostVnd(), submission.authorKind(),
        submission.authorNames(), submission.authorUnitCode(), submission.receivingUnitCode(),
        submission.submitterName(), submission.submitterPhone(), submission.submitterEmail());
    InitiativeSubmissions.PublicReceipt receipt = submissions.submitPublic(fromPublic,
        InitiativeController.uploads(files));
    InitiativeView saved = receipt.initiative();
    return new Receipt(saved.trackingCode(), receipt.supplementSecret(), saved.receivingUnitName(),
        "Đã nhận sáng kiến «" + saved.title() + "». Mã theo dõi của bạn là " + saved.trackingCode()
            + ": hãy ghi lại để tra cứu kết quả. Mã bí mật " + receipt.supplementSecret() + " chỉ hiện một lần:"
            + " hãy giữ kín, khi Ủy ban đề nghị bổ sung, bạn cần mã này để gửi nội dung bổ sung.");
  }

  @GetMapping("/initiatives/{trackingCode}")
  PublicStatus status(@PathVariable String trackingCode, HttpServletRequest request) {
    limiter.lookup(request.getRemoteAddr());
    return initiatives.publicStatus(trackingCode);
  }

  /** The public registry: recognised initiatives, by receiving committee's subtree, content area and year. */
  @GetMapping("/registry")
  PageOf<InitiativeListItem> registry(@RequestParam(required = false) String unit,
      @RequestParam(required = false) String contentArea, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String trackingCode,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return PageOf.of(search.search(InitiativeStatus.RECOGNISED.name(), unit, contentArea, year, trackingCode, page,
        size));
  }

  /**
   * The submitter sends the supplement the receiving committee asked for: the tracking code names the initiative,
   * the secret given at submission (header {@code X-Supplement-Secret}) proves it is theirs.
   */
  @PostMapping(path = "/initiatives/{trackingCode}/supplement", consumes = MediaType.APPLICATION_JSON_VALUE)
  PublicStatus supplement(@PathVariable String trackingCode,
      @org.springframework.web.bind.annotation.RequestHeader(name = "X-Supplement-Secret", required = false)
      String secret,
      @org.springframework.web.bind.annotation.RequestBody InitiativeReviewService.Supplement supplement,
      HttpServletRequest request) {
    limiter.submission(request.getRemoteAddr());
    supplements.supplementByCode(trackingCode, secret, supplement);
    return initiatives.publicStatus(trackingCode);
  }

  /** Communes, wards and residential areas whose name contains the typed words, with or without diacritics. */
  @GetMapping("/units")
  List<Place> places(@RequestParam(name = "q", defaultValue = "") String query) {
    String folded = Folding.fold(query);
    return units.list(BusinessTime.today()).stream()
        .filter(u -> u.placeOfResidence() && Folding.fold(u.name()).contains(folded))
        .limit(30).map(u -> new Place(u.code(), u.name())).toList();
  }

  /** What the submitter keeps. */
  record Receipt(String trackingCode, String supplementSecret, String receivingUnitName, String message) {
  }

  /** A commune or ward to choose. */
  record Place(String code, String name) {
  }
}
