package vn.mttq.sangtao.report;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A report's figures as their columns keep them (V6__reports.sql): whole numbers, the amount in đồng as a bigint;
 * each read and written by its {@link Figure}.
 */
@Embeddable
class ReportFigureColumns {

  @Column(name = "propaganda_sessions")
  private Integer propagandaSessions;

  @Column(name = "propaganda_participants")
  private Integer propagandaParticipants;

  @Column(name = "models_built")
  private Integer modelsBuilt;

  @Column(name = "models_replicated")
  private Integer modelsReplicated;

  @Column(name = "initiatives_submitted")
  private Integer initiativesSubmitted;

  @Column(name = "initiatives_recognised")
  private Integer initiativesRecognised;

  @Column(name = "initiatives_applied")
  private Integer initiativesApplied;

  @Column(name = "initiatives_proposed_st")
  private Integer initiativesProposedSt;

  @Column(name = "collectives_commended")
  private Integer collectivesCommended;

  @Column(name = "individuals_commended")
  private Integer individualsCommended;

  @Column(name = "resources_vnd")
  private Long resourcesVnd;

  @Column(name = "inspections_held")
  private Integer inspectionsHeld;

  @Column(name = "clubs_formed")
  private Integer clubsFormed;

  /** A figure, or null when not given. */
  Long get(Figure figure) {
    return switch (figure) {
      case PROPAGANDA_SESSIONS -> propagandaSessions == null ? null : propagandaSessions.longValue();
      case PROPAGANDA_PARTICIPANTS -> propagandaParticipants == null ? null : propagandaParticipants.longValue();
      case MODELS_BUILT -> modelsBuilt == null ? null : modelsBuilt.longValue();
      case MODELS_REPLICATED -> modelsReplicated == null ? null : modelsReplicated.longValue();
      case INITIATIVES_SUBMITTED -> initiativesSubmitted == null ? null : initiativesSubmitted.longValue();
      case INITIATIVES_RECOGNISED -> initiativesRecognised == null ? null : initiativesRecognised.longValue();
      case INITIATIVES_APPLIED -> initiativesApplied == null ? null : initiativesApplied.longValue();
      case INITIATIVES_PROPOSED_ST -> initiativesProposedSt == null ? null : initiativesProposedSt.longValue();
      case COLLECTIVES_COMMENDED -> collectivesCommended == null ? null : collectivesCommended.longValue();
      case INDIVIDUALS_COMMENDED -> individualsCommended == null ? null : individualsCommended.longValue();
      case RESOURCES_VND -> resourcesVnd == null ? null : resourcesVnd.longValue();
      case INSPECTIONS_HELD -> inspectionsHeld == null ? null : inspectionsHeld.longValue();
      case CLUBS_FORMED -> clubsFormed == null ? null : clubsFormed.longValue();
    };
  }

  void set(Figure figure, Long value) {
    switch (figure) {
      case PROPAGANDA_SESSIONS -> this.propagandaSessions = value == null ? null : Math.toIntExact(value);
      case PROPAGANDA_PARTICIPANTS -> this.propagandaParticipants = value == null ? null : Math.toIntExact(value);
      case MODELS_BUILT -> this.modelsBuilt = value == null ? null : Math.toIntExact(value);
      case MODELS_REPLICATED -> this.modelsReplicated = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_SUBMITTED -> this.initiativesSubmitted = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_RECOGNISED -> this.initiativesRecognised = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_APPLIED -> this.initiativesApplied = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_PROPOSED_ST -> this.initiativesProposedSt = value == null ? null : Math.toIntExact(value);
      case COLLECTIVES_COMMENDED -> this.collectivesCommended = value == null ? null : Math.toIntExact(value);
      case INDIVIDUALS_COMMENDED -> this.individualsCommended = value == null ? null : Math.toIntExact(value);
      case RESOURCES_VND -> this.resourcesVnd = value == null ? null : value;
      case INSPECTIONS_HELD -> this.inspectionsHeld = value == null ? null : Math.toIntExact(value);
      case CLUBS_FORMED -> this.clubsFormed = value == null ? null : Math.toIntExact(value);
    }
  }

  Map<Figure, Long> all() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      figures.put(figure, get(figure));
    }
    return figures;
  }
}
