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
        .map(a -> new Application(a.getId(), a.getInitiativeId(), a.getUnitId(), a.getAppliedFrom(), a.getResult()))
        .toList();
  }

  /** A unit applying an initiative, since a day, with the result it reports. */
  public record Application(Long id, Long initiativeId, Long unitId, java.time.LocalDate appliedFrom,
      String result) {
  }

  private InitiativeFacts facts(Initiative i) {
    Boolean promising = opinions.findById(i.getId()).map(StCouncilOpinion::getPromising).orElse(null);
    return new InitiativeFacts(i.getId(), i.getTrackingCode(), i.getTitle(), i.getStatus(), i.getAuthorKind(),
        InitiativeFacts.names(i.getAuthorNames()), i.getAuthorUnitId(), i.getDecidedAt(),
        applications.countByInitiativeId(i.getId()), promising);
  }
}
