package vn.mttq.sangtao.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.NotFoundException;

/** Reads the unit tree; the entry point for other features. */
@Service
@Transactional(readOnly = true)
public class UnitService {

  private final UnitRepository units;
  private final UnitTree tree;

  UnitService(UnitRepository units, UnitTree tree) {
    this.units = units;
    this.tree = tree;
  }

  public Optional<UnitView> find(String code) {
    return code == null ? Optional.empty() : tree.byCode(code);
  }

  public UnitView get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("Không có đơn vị mã «" + code + "»."));
  }

  /** The unit and its ancestors, nearest first. */
  public List<UnitView> lineage(String code) {
    Long id = tree.idOf(code).orElseThrow(() -> new NotFoundException("Không có đơn vị mã «" + code + "»."));
    List<Long> ids = tree.lineage(id);
    return ids.stream().map(tree::byId).flatMap(Optional::stream).toList();
  }

  /** The ids of a unit and of every unit below it, at any depth and any date. */
  public Set<Long> subtreeIds(String code) {
    return tree.subtree(tree.idOf(code).orElseThrow(
        () -> new NotFoundException("Không có đơn vị mã «" + code + "».")));
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
    return id == null ? Optional.empty() : tree.byId(id);
  }

  /**
   * A unit our own records name by id: always there, since units are never deleted (only ended); its absence is a
   * fault of the system, not of the person asking.
   */
  public UnitView byId(Long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("Unit " + id + " is not in the unit tree"));
  }

  /** Units by id, for many at once. */
  public Map<Long, UnitView> byIds(Collection<Long> ids) {
    Map<Long, UnitView> found = new HashMap<>();
    ids.forEach(id -> tree.byId(id).ifPresent(unit -> found.put(id, unit)));
    return found;
  }

  /**
   * The version of the unit tree as this node holds it: what is kept in memory that shows units' names or places in
   * the tree is kept only for one version.
   */
  public long treeVersion() {
    return tree.version();
  }

  public long count() {
    return units.count();
  }
}
