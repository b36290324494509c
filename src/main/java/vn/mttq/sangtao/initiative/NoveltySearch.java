package vn.mttq.sangtao.initiative;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.mttq.sangtao.shared.cluster.VersionRow;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Finds, for an initiative, the most similar ones already submitted or recognised anywhere in the tree. Each node
 * keeps the index in its memory: built from the table when the application is ready, and brought up to date before
 * each search with the texts changed since, on whichever node (the version stamps of {@link #textChanged}).
 */
@Service
class NoveltySearch {

  private static final Logger LOG = LoggerFactory.getLogger(NoveltySearch.class);
  private static final int PAGE = 2_000;
  /** Candidates fetched from the index before the similarity is computed. */
  private static final int CANDIDATES = 20;

  /** Bound to a transaction that changed an initiative's text. */
  private static final Object CHANGED_HERE = new Object();

  private final InitiativeRepository initiatives;
  private final UnitService units;
  private final JdbcTemplate jdbc;
  private final VersionRow textVersion;
  private final TransactionTemplate ownTransaction;
  private final NoveltyIndex index = new NoveltyIndex();
  /** The text version this node's index holds every text of. */
  private long indexedVersion = -1;

  NoveltySearch(InitiativeRepository initiatives, UnitService units, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.initiatives = initiatives;
    this.units = units;
    this.jdbc = jdbc;
    this.textVersion = new VersionRow(jdbc, "initiative_text_version");
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.ownTransaction.setReadOnly(true);
  }

  /** Indexes every stored initiative. */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional(readOnly = true)
  public synchronized void rebuild() {
    long started = System.nanoTime();
    long version = textVersion.read();
    long last = 0;
    List<InitiativeText> page;
    while (!(page = initiatives.textsAfter(last, PageRequest.of(0, PAGE))).isEmpty()) {
      page.forEach(text -> index.put(text.id(), text.searchable()));
      last = page.get(page.size() - 1).id();
    }
    index.refresh();
    // what changed while the table was read is stamped after the version read first: the next search indexes it again
    indexedVersion = version;
    LOG.info("Novelty index: {} initiatives in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Records, in the transaction that changes an initiative's text (its submission, a supplement), that every node's
   * index must take the new text: the version row is raised (and stays locked until the transaction ends, so that
   * versions commit in their order) and the initiative stamped with it.
   */
  void textChanged(Long initiativeId) {
    jdbc.update("update initiative set text_version = ? where id = ?", textVersion.raise(), initiativeId);
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
      TransactionSynchronizationManager.bindResource(CHANGED_HERE, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_HERE);
        }
      });
    }
  }

  /**
   * Takes into this node's index the texts changed since it last looked, on any node: one primary-key read when
   * nothing changed. Read through a transaction of its own when the caller's transaction changed a text itself, so
   * that only committed texts and versions are taken.
   */
  synchronized void catchUp() {
    if (TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
      ownTransaction.executeWithoutResult(status -> catchUpCommitted());
    } else {
      catchUpCommitted();
    }
  }

  private void catchUpCommitted() {
    long version = textVersion.read();
    if (version == indexedVersion) {
      return;
    }
    long newest = version;
    List<Changed> changed = jdbc.query("select id, title, summary, description, text_version from initiative"
        + " where text_version > ? order by text_version", (row, n) -> new Changed(new InitiativeText(row.getLong(1),
            row.getString(2), row.getString(3), row.getString(4)), row.getLong(5)), indexedVersion);
    for (Changed text : changed) {
      index.put(text.text().id(), text.text().searchable());
      newest = Math.max(newest, text.version());
    }
    index.refresh();
    // a version seen committed means every lower one has committed (or never will): none is skipped
    indexedVersion = newest;
  }

  private record Changed(InitiativeText text, long version) {
  }

  /** The initiatives most like the given text, most similar first, leaving out {@code exceptId}. */
  @Transactional(readOnly = true)
  public List<Similar> similarTo(InitiativeText text, int limit) {
    catchUp();
    List<Long> candidates = index.candidates(text.searchable(), text.id(), CANDIDATES);
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Long, Initiative> found = initiatives.findByIdIn(candidates).stream()
        .collect(Collectors.toMap(Initiative::getId, Function.identity()));
    Map<Long, UnitView> unitsById = units.byIds(found.values().stream().map(Initiative::getReceivingUnitId).toList());
    String searchable = text.searchable();
    return candidates.stream().map(found::get).filter(java.util.Objects::nonNull)
        .map(i -> new Similar(i.getId(), i.getTrackingCode(), i.getTitle(), i.getStatus(), i.getStatus().label(),
            unitsById.get(i.getReceivingUnitId()).name(), i.getSubmittedYear(),
            percent(index.similarity(searchable, new InitiativeText(i.getId(), i.getTitle(), i.getSummary(),
                i.getDescription()).searchable()))))
        .sorted(Comparator.comparingInt(Similar::similarityPercent).reversed()).limit(limit).toList();
  }

  int indexed() {
    return index.size();
  }

  private static int percent(double similarity) {
    return (int) Math.round(similarity * 100);
  }

  @PreDestroy
  void close() throws IOException {
    index.close();
  }

  /** An earlier initiative like the one being checked, with how alike they are (0–100). */
  public record Similar(Long id, String trackingCode, String title, InitiativeStatus status, String statusLabel,
      String receivingUnitName, int year, int similarityPercent) {
  }
}
