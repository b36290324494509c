package vn.mttq.sangtao.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.NotFoundException;

/** Reads the unit tree; the entry point for other features. */
@Service
@Transactional(readOnly = true)
public class UnitService {

  private final UnitRepository units;

  UnitService(UnitRepository units) {
    this.units = units;
  }

  public Optional<UnitView> find(String code) {
    return units.findByCode(code).map(UnitView::of);
  }

  public UnitView get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("Không có đơn vị mã «" + code + "»."));
  }

  /** The unit and its ancestors, nearest first. */
  public List<UnitView> lineage(String code) {
    List<UnitView> line = new java.util.ArrayList<>();
    Unit unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("Không có đơn vị mã «" + code + "»."));
    while (unit != null) {
      line.add(UnitView.of(unit));
      unit = unit.getParent();
    }
    return line;
  }

  /** The ids of a unit and of every unit below it, at any depth and any date. */
  public java.util.Set<Long> subtreeIds(String code) {
    Long root = get(code).id();
    java.util.Map<Long, List<Long>> children = new java.util.HashMap<>();
    for (Object[] row : units.findAllParentIds()) {
      if (row[1] != null) {
        children.computeIfAbsent((Long) row[1], k -> new java.util.ArrayList<>()).add((Long) row[0]);
      }
    }
    java.util.Set<Long> ids = new java.util.HashSet<>();
    java.util.Deque<Long> next = new java.util.ArrayDeque<>(List.of(root));
    while (!next.isEmpty()) {
      Long id = next.pop();
      if (ids.add(id)) {
        next.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return ids;
  }

  /** The direct subordinates of a unit, those valid on the given day or all when {@code day} is null. */
  public List<UnitView> children(String code, LocalDate day) {
    return units.findByParentCodeOrderByCode(code).stream()
        .filter(u -> day == null || u.isValidOn(day))
        .map(UnitView::of).toList();
  }

  /** Every unit, or those valid on the given day, ordered by type then code. */
  public List<UnitView> list(LocalDate day) {
    return units.findAllWithParent().stream()
        .filter(u -> day == null || u.isValidOn(day))
        .sorted(Comparator.comparingInt((Unit u) -> u.getType().getSortOrder()).thenComparing(Unit::getCode))
        .map(UnitView::of).toList();
  }

  public Optional<UnitView> findById(Long id) {
    return units.findById(id).map(UnitView::of);
  }

  /** Units by id, for many at once. */
  public java.util.Map<Long, UnitView> byIds(java.util.Collection<Long> ids) {
    java.util.Map<Long, UnitView> found = new java.util.HashMap<>();
    units.findAllById(ids).forEach(u -> found.put(u.getId(), UnitView.of(u)));
    return found;
  }

  public long count() {
    return units.count();
  }
}
