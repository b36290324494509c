package vn.mttq.sangtao.award;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.notification.MailNotices;
import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitGroups;

/**
 * Tells the proposer and the nominee what became of a proposal: in-app notices, once per recipient and event, and
 * e-mail for a decision.
 */
@Component
class AwardNotices {

  private final NoticeService notices;
  private final MailNotices mail;

  AwardNotices(NoticeService notices, MailNotices mail) {
    this.notices = notices;
    this.mail = mail;
  }

  /** A return is the n-th step of the proposal's trail: a retried step finds its notice kept and sends none. */
  void returned(AwardProposalView proposal) {
    String title = "Hồ sơ đề nghị khen thưởng bị trả lại: " + proposal.subject();
    String body = "Lý do: " + proposal.returnReason();
    String group = UnitGroups.staff(proposal.proposerUnitCode());
    notices.notifyGroup(group, null, "AWARD_RETURNED", title, body, reference(proposal),
        reference(proposal) + ":returned:" + proposal.trail().size() + ":" + group);
  }

  void decided(AwardProposalView proposal) {
    AwardProposalView.Decision decision = proposal.decision();
    String title = proposal.decision().awardFormName() + " năm " + proposal.year() + ": " + proposal.nominee();
    String body = "Quyết định số " + decision.decisionNumber() + " ngày " + BusinessTime.format(decision.decisionDate())
        + " của " + decision.decidingUnitName() + ". Giấy chứng nhận: bấm «Xem giấy chứng nhận» trong mục Thông báo.";
    String reference = reference(proposal);
    // the proposer and the nominee's unit, once each (the same group when a unit proposes its own member)
    for (String group : new java.util.LinkedHashSet<>(List.of(UnitGroups.staff(proposal.proposerUnitCode()),
        UnitGroups.staff(proposal.nomineeUnitCode())))) {
      notices.notifyGroup(group, null, "AWARD_DECIDED", title, body, reference, reference + ":decided:" + group);
    }
    mail.toGroup(UnitGroups.staff(proposal.proposerUnitCode()), title, body);
    if (!proposal.nomineeUnitCode().equals(proposal.proposerUnitCode())) {
      mail.toGroup(UnitGroups.staff(proposal.nomineeUnitCode()), title, body);
    }
    mail.toAddress(proposal.nomineeEmail(), title, body);
  }

  private static String reference(AwardProposalView proposal) {
    return "award:" + proposal.id();
  }
}
