package vn.mttq.sangtao.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports a unit CSV named by {@code sangtao.units.import-file} ({@code SANGTAO_UNITS_FILE}) at start-up. A bad
 * file stops the start with every problem listed: a half-imported tree is worse than none.
 */
@Component
@Order(20)
class UnitFileImporter implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(UnitFileImporter.class);

  private final UnitImportService importService;
  private final String file;

  UnitFileImporter(UnitImportService importService,
      @Value("${sangtao.units.import-file:}") String file) {
    this.importService = importService;
    this.file = file;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (file == null || file.isBlank()) {
      return;
    }
    Path path = Path.of(file);
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read unit file " + path.toAbsolutePath(), e);
    }
    try {
      ImportResult result = importService.importCsv(content);
      LOG.info("Units imported from {}: {}", path, result.message());
    } catch (UnitImportException e) {
      throw new IllegalStateException("Unit file " + path + " refused: " + e.getMessage() + "\n"
          + e.getProblems().stream().map(ImportProblem::text).collect(Collectors.joining("\n")), e);
    }
  }
}
