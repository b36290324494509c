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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.mttq.sangtao.shared.cluster.VersionRow;

/**
 * The unit tree kept in memory (each unit as other features see it, and its place in the tree): every task, notice,
 * report prefill and proposal reads units, and the tree changes only with an import. Every node keeps its own copy:
 * the transaction that changes the tree raises the version row {@code unit_tree_version}, and a node reloads its
 * copy when the version it holds is not the one in the database — checked at the start of each request
 * ({@link UnitTreeFreshness}), before answering that a unit does not exist, and at most {@link #CHECK_EVERY} apart
 * otherwise (the job executor's work).
 */
@Component
class UnitTree {

  static final Duration CHECK_EVERY = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(UnitTree.class);

  private final UnitRepository units;
  private final VersionRow storedVersion;
  private volatile Snapshot snapshot;
  private volatile long checkedAt;

  UnitTree(UnitRepository units, JdbcTemplate jdbc) {
    this.units = units;
    this.storedVersion = new VersionRow(jdbc, "unit_tree_version");
  }

  /** The id of the unit with this code. */
  Optional<Long> idOf(String code) {
    return byCode(code).map(UnitView::id);
  }

  Optional<UnitView> byCode(String code) {
    UnitView found = current().byCode.get(code);
    if (found == null && refreshIfChanged()) {
      found = current().byCode.get(code);
    }
    return Optional.ofNullable(found);
  }

  Optional<UnitView> byId(Long id) {
    UnitView found = current().byId.get(id);
    if (found == null && refreshIfChanged()) {
      found = current().byId.get(id);
    }
    return Optional.ofNullable(found);
  }

  /**
   * Reloads the tree when another node (or this one) changed it since it was loaded; true when it was reloaded. One
   * primary-key read; while the database cannot be reached the copy in memory is kept.
   */
  boolean refreshIfChanged() {
    Snapshot tree = snapshot;
    if (tree == null) {
      current();
      return true;
    }
    long version;
    try {
      version = storedVersion.read();
    } catch (DataAccessException unreachable) {
      LOG.debug("Unit tree version not read: {}", unreachable.getMessage());
      return false;
    }
    checkedAt = System.nanoTime();
    if (version == tree.version) {
      return false;
    }
    reload(tree);
    return true;
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

  /**
   * Raises the tree's version in the current transaction, so that every node reloads once it commits, and forgets
   * this node's copy once the transaction ends (at once when there is none).
   */
  void changed() {
    storedVersion.raise();
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

  /** The version of the tree this node holds: it changes whenever a unit is imported or renamed on any node. */
  long version() {
    return current().version;
  }

  private Snapshot current() {
    Snapshot tree = snapshot;
    if (tree == null) {
      return reload(null);
    }
    if (System.nanoTime() - checkedAt > CHECK_EVERY.toNanos()) {
      refreshIfChanged();
      return snapshot;
    }
    return tree;
  }

  /** Loads the tree unless another thread did since {@code stale} was seen. */
  private synchronized Snapshot reload(Snapshot stale) {
    if (snapshot != stale && snapshot != null) {
      return snapshot;
    }
    Snapshot tree = load();
    snapshot = tree;
    checkedAt = System.nanoTime();
    return tree;
  }

  private Snapshot load() {
    // the version first: a change committed while the units are read makes the next check load again
    long version = storedVersion.read();
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
    return new Snapshot(parentOf, childrenOf, byId, byCode, version);
  }

  private record Snapshot(Map<Long, Long> parentOf, Map<Long, List<Long>> childrenOf, Map<Long, UnitView> byId,
      Map<String, UnitView> byCode, long version) {
  }
}
