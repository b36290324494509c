package vn.mttq.sangtao.award;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.Downloads;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitAccess;

/** Award proposals over HTTP: propose, read with the trail, print the certificate, revoke. */
@RestController
@Tag(name = "Khen thưởng")
@RequestMapping("/api/awards")
class AwardController {

  private final AwardService awards;
  private final AwardProposalStarter starter;
  private final AwardRevocation revocations;
  private final CertificatePdf certificates;
  private final CurrentUser currentUser;
  private final UnitAccess access;

  AwardController(AwardService awards, AwardProposalStarter starter, AwardRevocation revocations,
      CertificatePdf certificates, CurrentUser currentUser, UnitAccess access) {
    this.revocations = revocations;
    this.access = access;
    this.awards = awards;
    this.starter = starter;
    this.certificates = certificates;
    this.currentUser = currentUser;
  }

  /**
   * A proposal: {@code proposerUnitCode} (the caller's unit), {@code nomineeKind} (COLLECTIVE, INDIVIDUAL),
   * {@code nomineeUnitCode}, {@code nomineeName}, {@code nomineeEmail}, {@code awardForm}, {@code year},
   * {@code achievements}, {@code evidence} ([{kind, ref}]).
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  AwardProposalView propose(@RequestBody AwardRequest request) {
    String proposer = request.proposerUnitCode() == null ? null : request.proposerUnitCode().strip();
    if (proposer != null) {
      access.requireStaff(proposer, "Chỉ cán bộ của đơn vị «" + proposer + "» được đề nghị khen thưởng thay đơn vị.");
    }
    return starter.start(request, null, currentUser.id());
  }

  @GetMapping("/forms")
  Map<String, String> forms() {
    return awards.formNames();
  }

  @GetMapping("/{id}")
  AwardProposalView get(@PathVariable Long id) {
    AwardProposalView proposal = awards.get(id);
    requireReader(proposal);
    return proposal;
  }

  /** The certificate of a granted award, as a PDF to print. */
  @GetMapping("/{id}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable Long id) {
    AwardProposalView proposal = awards.get(id);
    requireReader(proposal);
    if (proposal.decision() == null) {
      throw new InvalidInputException("Chưa in được giấy chứng nhận:", List.of("Hồ sơ số " + id
          + " chưa có quyết định khen thưởng."));
    }
    return Downloads.of(ContentDisposition.inline().filename("giay-chung-nhan-" + id + ".pdf").build(),
        MediaType.APPLICATION_PDF, certificates.render(proposal));
  }

  /** Revokes a granted award, with the reason. Only the deciding level's leaders (or an administrator). */
  @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
  AwardProposalView revoke(@PathVariable Long id, @RequestBody Revocation revocation) {
    AwardProposalView proposal = awards.get(id);
    if (proposal.decision() != null) {
      access.requireLeader(proposal.decision().decidingUnitCode(), "Chỉ lãnh đạo «"
          + proposal.decision().decidingUnitName() + "» được thu hồi khen thưởng này.");
    }
    return revocations.revoke(id, revocation.reason(), currentUser.id());
  }

  /** Why a granted award is revoked. */
  record Revocation(@Schema(description = "Lý do thu hồi", maxLength = AwardRules.REASON_MAX) String reason) {
  }

  /** Staff and leaders of the proposer, the nominee, or any level above them. */
  private void requireReader(AwardProposalView proposal) {
    if (!access.reads(proposal.proposerUnitCode()) && !access.reads(proposal.nomineeUnitCode())) {
      throw new ForbiddenException("Bạn không xem được hồ sơ đề nghị khen thưởng số " + proposal.id() + ".");
    }
  }
}
