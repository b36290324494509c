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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Finds, for an initiative, the most similar ones already submitted or recognised anywhere in the tree. The index is
 * built from the table when the application is ready and follows every committed submission.
 */
@Service
class NoveltySearch {

  private static final Logger LOG = LoggerFactory.getLogger(NoveltySearch.class);
  private static final int PAGE = 2_000;
  /** Candidates fetched from the index before the similarity is computed. */
  private static final int CANDIDATES = 20;

  private final InitiativeRepository initiatives;
  private final UnitService units;
  private final NoveltyIndex index = new NoveltyIndex();

  NoveltySearch(InitiativeRepository initiatives, UnitService units) {
    this.initiatives = initiatives;
    this.units = units;
  }

  /** Indexes every stored initiative. */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional(readOnly = true)
  public void rebuild() {
    long started = System.nanoTime();
    long last = 0;
    List<InitiativeText> page;
    while (!(page = initiatives.textsAfter(last, PageRequest.of(0, PAGE))).isEmpty()) {
      page.forEach(text -> index.put(text.id(), text.searchable()));
      last = page.get(page.size() - 1).id();
    }
    index.refresh();
    LOG.info("Novelty index: {} initiatives in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
  }

  /** Indexes an initiative once the transaction that saved it has committed. */
  void indexAfterCommit(InitiativeText text) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      index.put(text.id(), text.searchable());
      index.refresh();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        index.put(text.id(), text.searchable());
        index.refresh();
      }
    });
  }

  /** The initiatives most like the given text, most similar first, leaving out {@code exceptId}. */
  @Transactional(readOnly = true)
  public List<Similar> similarTo(InitiativeText text, int limit) {
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
