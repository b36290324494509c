package vn.mttq.sangtao.initiative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

/**
 * Filters of an initiative list: status, the receiving committees (a unit's subtree), content area, year, and one
 * tracking code (a link to one entry).
 */
record InitiativeQuery(InitiativeStatus status, Collection<Long> receivingUnitIds, ContentArea contentArea,
    Integer year, String trackingCode) {

  InitiativeQuery(InitiativeStatus status, Collection<Long> receivingUnitIds, ContentArea contentArea, Integer year) {
    this(status, receivingUnitIds, contentArea, year, null);
  }

  Specification<Initiative> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (receivingUnitIds != null) {
        where.add(root.get("receivingUnitId").in(receivingUnitIds));
      }
      if (contentArea != null) {
        where.add(cb.equal(root.get("contentArea"), contentArea));
      }
      if (year != null) {
        where.add(cb.equal(root.get("submittedYear"), year));
      }
      if (trackingCode != null) {
        where.add(cb.equal(root.get("trackingCode"), trackingCode));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
