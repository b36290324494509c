package vn.mttq.sangtao.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InitiativeRepository extends JpaRepository<Initiative, Long>, JpaSpecificationExecutor<Initiative> {

  Optional<Initiative> findByTrackingCode(String trackingCode);

  List<Initiative> findByAuthorUnitIdInAndStatusAndDecidedAtBetween(java.util.Collection<Long> authorUnitIds,
      InitiativeStatus status, java.time.Instant from, java.time.Instant to);

  boolean existsByTrackingCode(String trackingCode);

  /** The searchable text of initiatives after {@code afterId}, in id order, a page at a time. */
  @Query("select new vn.mttq.sangtao.initiative.InitiativeText(i.id, i.title, i.summary, i.description)"
      + " from Initiative i where i.id > ?1 order by i.id")
  List<InitiativeText> textsAfter(long afterId, Pageable page);

  List<Initiative> findByIdIn(Collection<Long> ids);

  long countByAuthorUnitIdInAndSubmittedAtBetween(Collection<Long> unitIds, java.time.Instant from,
      java.time.Instant to);

  long countByAuthorUnitIdInAndStatusAndDecidedAtBetween(Collection<Long> unitIds, InitiativeStatus status,
      java.time.Instant from, java.time.Instant to);
}
