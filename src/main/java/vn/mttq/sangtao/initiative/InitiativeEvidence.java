package vn.mttq.sangtao.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads initiatives, their applications and the S&T Council's opinions as facts for other features. */
@Service
@Transactional(readOnly = true)
public class InitiativeEvidence {

  private final InitiativeRepository initiatives;
  private final InitiativeApplicationRepository applications;
  private final StCouncilOpinionRepository opinions;

  InitiativeEvidence(InitiativeRepository initiatives, InitiativeApplicationRepository applications,
      StCouncilOpinionRepository opinions) {
    this.initiatives = initiatives;
    this.applications = applications;
    this.opinions = opinions;
  }

  /** The initiative with this tracking code (as people type it). */
  public Optional<InitiativeFacts> byTrackingCode(String trackingCode) {
    return Optional.ofNullable(TrackingCodes.normalise(trackingCode)).flatMap(initiatives::findByTrackingCode)
        .map(this::facts);
  }

  public Optional<InitiativeFacts> byId(Long id) {
    return initiatives.findById(id).map(this::facts);
  }

  /** The units that apply the initiative, with the id of each application. */
  public List<Application> applicationsOf(Long initiativeId) {
    return applications.findByInitiativeIdOrderByIdAsc(initiativeId).stream()
        .map(a -> new Application(a.getId(), a.getInitiativeId(), a.getUnitId(), a.getAppliedFrom(), a.getResult(),
            null)).toList();
  }

  /** Initiatives authored in the given units and recognised between two moments. */
  public List<InitiativeFacts> recognisedIn(java.util.Collection<Long> authorUnitIds, java.time.Instant from,
      java.time.Instant to) {
    if (authorUnitIds.isEmpty()) {
      return List.of();
    }
    return initiatives.findByAuthorUnitIdInAndStatusAndDecidedAtBetween(authorUnitIds, InitiativeStatus.RECOGNISED,
        from, to).stream().map(this::facts).toList();
  }

  /**
   * Applications begun between two days by the given units or of initiatives authored in them, each with the unit
   * that authored the initiative.
   */
  public List<Application> applicationsInvolving(java.util.Collection<Long> unitIds, java.time.LocalDate from,
      java.time.LocalDate to) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return applications.findInvolving(unitIds, from, to).stream().map(row -> {
      InitiativeApplication a = (InitiativeApplication) row[0];
      return new Application(a.getId(), a.getInitiativeId(), a.getUnitId(), a.getAppliedFrom(), a.getResult(),
          (Long) row[1]);
    }).toList();
  }

  /**
   * A unit applying an initiative, since a day, with the result it reports; with the unit that authored the
   * initiative when read for an assessment.
   */
  public record Application(Long id, Long initiativeId, Long unitId, java.time.LocalDate appliedFrom,
      String result, Long authorUnitId) {
  }

  private InitiativeFacts facts(Initiative i) {
    Boolean promising = opinions.findById(i.getId()).map(StCouncilOpinion::getPromising).orElse(null);
    return new InitiativeFacts(i.getId(), i.getTrackingCode(), i.getTitle(), i.getStatus(), i.getAuthorKind(),
        InitiativeFacts.names(i.getAuthorNames()), i.getAuthorUnitId(), i.getDecidedAt(),
        applications.countByInitiativeId(i.getId()), promising);
  }
}
