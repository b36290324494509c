package vn.mttq.sangtao.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from CSV: the whole file is checked first and nothing is written when any line is bad; an accepted
 * file creates or updates units by code (parents first) and brings their Camunda groups in step, in one
 * transaction.
 */
@Service
public class UnitImportService {

  private static final Logger LOG = LoggerFactory.getLogger(UnitImportService.class);

  private final UnitRepository units;
  private final UnitTypeRepository types;
  private final UnitIdentitySync identitySync;
  private final UnitTree tree;
  private final Clock clock;

  UnitImportService(UnitRepository units, UnitTypeRepository types, UnitIdentitySync identitySync, UnitTree tree, Clock clock) {
    this.clock = clock;
    this.units = units;
    this.types = types;
    this.identitySync = identitySync;
    this.tree = tree;
  }

  @Transactional
  public ImportResult importCsv(byte[] content) {
    return importCsv(new java.io.ByteArrayInputStream(content));
  }

  /** Imports the file as it arrives (read a record at a time); nothing is saved unless every line is right. */
  @Transactional
  public ImportResult importCsv(java.io.InputStream content) {
    UnitCsvReader.Result read = UnitCsvReader.read(content);
    if (!read.problems().isEmpty()) {
      throw new UnitImportException(read.problems());
    }
    Map<String, UnitType> typesByCode = types.findAll().stream()
        .collect(Collectors.toMap(UnitType::getCode, Function.identity()));
    Map<String, UnitNode> stored = units.findAllNodes().stream()
        .collect(Collectors.toMap(UnitNode::code, Function.identity()));
    UnitImportRules.Outcome outcome = UnitImportRules.check(read.rows(), typesByCode.keySet(), stored);
    if (!outcome.accepted()) {
      throw new UnitImportException(outcome.problems());
    }
    ImportResult result = write(outcome.rows(), typesByCode);
    LOG.info("Unit import: {} created, {} updated, {} unchanged", result.created(), result.updated(),
        result.unchanged());
    return result;
  }

  private ImportResult write(List<UnitImportRules.ValidRow> rows, Map<String, UnitType> typesByCode) {
    Instant now = clock.instant();
    Map<String, Unit> saved = new HashMap<>();
    for (Unit unit : units.findAll()) {
      saved.put(unit.getCode(), unit);
    }
    int created = 0;
    int updated = 0;
    List<Unit> changed = new ArrayList<>();
    for (UnitImportRules.ValidRow row : parentsFirst(rows)) {
      Unit unit = saved.get(row.code());
      boolean isNew = unit == null;
      if (isNew) {
        unit = new Unit(row.code(), now);
      }
      Unit parent = row.parentCode() == null ? null : saved.get(row.parentCode());
      boolean differs = unit.update(row.name(), typesByCode.get(row.typeCode()), parent, row.validFrom(),
          row.validTo(), now);
      if (isNew || differs) {
        unit = units.save(unit);
        saved.put(unit.getCode(), unit);
        changed.add(unit);
        if (isNew) {
          created++;
        } else {
          updated++;
        }
      }
    }
    identitySync.syncGroups(changed);
    if (!changed.isEmpty()) {
      tree.changed();
    }
    return ImportResult.of(created, updated, rows.size() - created - updated);
  }

  /** Orders rows so that a parent in the same file is written before its children (the rules exclude cycles). */
  static List<UnitImportRules.ValidRow> parentsFirst(List<UnitImportRules.ValidRow> rows) {
    Map<String, UnitImportRules.ValidRow> byCode = new HashMap<>();
    rows.forEach(r -> byCode.put(r.code(), r));
    List<UnitImportRules.ValidRow> ordered = new ArrayList<>(rows.size());
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (UnitImportRules.ValidRow row : rows) {
      place(row, byCode, placed, ordered);
    }
    return ordered;
  }

  private static void place(UnitImportRules.ValidRow row, Map<String, UnitImportRules.ValidRow> byCode,
      java.util.Set<String> placed, List<UnitImportRules.ValidRow> ordered) {
    java.util.Deque<UnitImportRules.ValidRow> chain = new java.util.ArrayDeque<>();
    UnitImportRules.ValidRow current = row;
    while (current != null && !placed.contains(current.code())) {
      chain.push(current);
      current = current.parentCode() == null ? null : byCode.get(current.parentCode());
    }
    while (!chain.isEmpty()) {
      UnitImportRules.ValidRow next = chain.pop();
      placed.add(next.code());
      ordered.add(next);
    }
  }
}
