package vn.mttq.sangtao.unit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The unit tree kept in memory (each unit as other features see it, and its place in the tree): every task, notice,
 * report prefill and proposal reads units, and the tree changes only with an import. Reloaded after this node's
 * import commits, and at the latest {@link #MAX_AGE} after loading so that an import on another node is seen too.
 */
@Component
class UnitTree {

  static final Duration MAX_AGE = Duration.ofMinutes(10);

  private final UnitRepository units;
  private volatile Snapshot snapshot;

  UnitTree(UnitRepository units) {
    this.units = units;
  }

  /** The id of the unit with this code. */
  Optional<Long> idOf(String code) {
    return Optional.ofNullable(current().byCode.get(code)).map(UnitView::id);
  }

  Optional<UnitView> byCode(String code) {
    return Optional.ofNullable(current().byCode.get(code));
  }

  Optional<UnitView> byId(Long id) {
    return Optional.ofNullable(current().byId.get(id));
  }

  /** The unit's id and its ancestors' ids, nearest first. */
  List<Long> lineage(Long id) {
    Snapshot tree = current();
    List<Long> line = new ArrayList<>();
    for (Long at = id; at != null && line.size() <= tree.parentOf.size(); at = tree.parentOf.get(at)) {
      line.add(at);
    }
    return line;
  }

  /** The unit's id and every id below it, at any depth. */
  Set<Long> subtree(Long root) {
    Snapshot tree = current();
    Set<Long> ids = new HashSet<>();
    Deque<Long> next = new ArrayDeque<>(List.of(root));
    while (!next.isEmpty()) {
      Long id = next.pop();
      if (ids.add(id)) {
        next.addAll(tree.childrenOf.getOrDefault(id, List.of()));
      }
    }
    return ids;
  }

  /** Forgets the tree once the current transaction ends (at once when there is none). */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          snapshot = null;
        }
      });
    } else {
      snapshot = null;
    }
  }

  private Snapshot current() {
    Snapshot tree = snapshot;
    if (tree == null || System.nanoTime() - tree.loadedAt > MAX_AGE.toNanos()) {
      tree = load();
      snapshot = tree;
    }
    return tree;
  }

  private Snapshot load() {
    Map<Long, Long> parentOf = new HashMap<>();
    Map<Long, List<Long>> childrenOf = new HashMap<>();
    Map<Long, UnitView> byId = new HashMap<>();
    Map<String, UnitView> byCode = new HashMap<>();
    for (Unit unit : units.findAllWithTypeAndParent()) {
      UnitView view = UnitView.of(unit);
      byId.put(view.id(), view);
      byCode.put(view.code(), view);
      if (unit.getParent() != null) {
        parentOf.put(view.id(), unit.getParent().getId());
        childrenOf.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>()).add(view.id());
      }
    }
    return new Snapshot(parentOf, childrenOf, byId, byCode, System.nanoTime());
  }

  private record Snapshot(Map<Long, Long> parentOf, Map<Long, List<Long>> childrenOf, Map<Long, UnitView> byId,
      Map<String, UnitView> byCode, long loadedAt) {
  }
}
