package vn.mttq.sangtao.initiative;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitGroups;

/**
 * What {@code initiativeReview.bpmn} asks in its expressions: who works on each step, who votes, and when the
 * supplement and the vote end.
 */
@Component("initiativeReview")
@Transactional(readOnly = true)
public class InitiativeReviewExpressions {

  private final InitiativeReviewService review;
  private final CouncilService council;

  InitiativeReviewExpressions(InitiativeReviewService review, CouncilService council) {
    this.review = review;
    this.council = council;
  }

  /** The group of the receiving committee's staff, who check the initiative. */
  public String staff(Long initiativeId) {
    return UnitGroups.staff(review.receiving(review.find(initiativeId)).code());
  }

  /** The group of the receiving committee's leaders, who name the council and may propose it further. */
  public String leaders(Long initiativeId) {
    return UnitGroups.leaders(review.receiving(review.find(initiativeId)).code());
  }

  /** The group of the staff of the province above the receiving committee (the committee itself at the top
   *  levels), who record the provincial S&T Council's opinion. */
  public String provinceStaff(Long initiativeId) {
    return UnitGroups.staff(review.province(review.find(initiativeId)).code());
  }

  /** The user who submitted it, who supplements it; null for the public page (the page completes that step). */
  public String author(Long initiativeId) {
    return review.find(initiativeId).getSubmittedBy();
  }

  /** The moment the supplement is late: the start of the day after its deadline, business time. */
  public Date supplementOverdue(Long initiativeId) {
    LocalDate due = review.find(initiativeId).getSupplementDue();
    return BusinessTime.after(due);
  }

  /** The members who vote (the multi-instance collection of the vote). */
  public List<String> voters(Long initiativeId) {
    return council.voters(initiativeId);
  }

  /** 08:00 on the day before the last day of voting. */
  public Date voteReminderAt(Long initiativeId) {
    return council.voteReminderAt(initiativeId);
  }

  /** The end of the last day of voting, business time. */
  public Date votingClosesAt(Long initiativeId) {
    return council.votingClosesAt(initiativeId);
  }
}
