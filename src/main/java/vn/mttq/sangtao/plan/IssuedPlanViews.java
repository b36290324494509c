package vn.mttq.sangtao.plan;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Views of issued plans, which never change once issued: each cascade step and each recipient's task reads the
 * parent plan, and a national plan has thousands of recipients. A view read inside a transaction is kept for the
 * rest of that transaction and, once it commits, for everyone (a rolled-back issue is never kept). The names of the
 * plan's units come from the unit tree, so views are kept for one version of the tree only, and every node reads the
 * same names.
 */
final class IssuedPlanViews {

  private static final int KEPT = 2_000;

  private final Map<Long, PlanView> committed = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, PlanView> eldest) {
      return size() > KEPT;
    }
  });

  /** The unit tree's version the kept views were read with: their units' names belong to it. */
  private volatile long treeVersion = Long.MIN_VALUE;

  /**
   * The kept view of an issued plan, or the loaded one (kept if it is issued). Views kept from an older version of the
   * unit tree (a unit renamed since, on any node) are forgotten first.
   */
  PlanView get(Long planId, long unitTreeVersion, Function<Long, PlanView> load) {
    if (unitTreeVersion != treeVersion) {
      synchronized (committed) {
        committed.clear();
        treeVersion = unitTreeVersion;
      }
    }
    PlanView kept = committed.get(planId);
    if (kept != null) {
      return kept;
    }
    Map<Long, PlanView> pending = pending();
    kept = pending == null ? null : pending.get(planId);
    if (kept != null) {
      return kept;
    }
    PlanView view = load.apply(planId);
    if (view.status() == PlanStatus.ISSUED) {
      if (pending == null) {
        committed.put(planId, view);
      } else {
        pending.put(planId, view);
      }
    }
    return view;
  }

  /** This transaction's views, or null outside a transaction. */
  @SuppressWarnings("unchecked")
  private Map<Long, PlanView> pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Long, PlanView> pending = (Map<Long, PlanView>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Map<Long, PlanView> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          committed.putAll(created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(IssuedPlanViews.this);
        }
      });
      pending = created;
    }
    return pending;
  }
}
