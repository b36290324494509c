package vn.mttq.sangtao.shared.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's tables under our migrations, so that no node alters a table when it starts
 * ({@code camunda.bpm.database.schema-update: false}): on an empty database, Camunda's own create scripts for this
 * version (shipped in the engine's jar, in the order the engine itself runs them); on a database whose engine tables
 * an earlier release of ours made (the engine created them at its start then), nothing but a check that they are of
 * this engine version. A later engine version comes with a migration of its own running Camunda's upgrade script
 * ({@code org/camunda/bpm/engine/db/upgrade/postgres_engine_7.24_to_7.25.sql}).
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway takes the version from the name: V18, "CamundaEngine"
class V18__CamundaEngine extends BaseJavaMigration {

  /** Camunda's parts, in the order of its own schema creation (engine, history, identity, CMMN, DMN). */
  private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String version = ProductPropertiesUtil.getProductVersion();
    if (!engineTablesPresent(connection)) {
      String database = databaseType(connection);
      for (String part : PARTS) {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/camunda/bpm/engine/db/create/activiti."
            + database + ".create." + part + ".sql"));
      }
      return;
    }
    String installed = installedVersion(connection);
    if (installed == null || !minor(installed).equals(minor(version))) {
      throw new IllegalStateException("The engine's tables are of Camunda " + installed + ", this release runs "
          + version + ": apply Camunda's upgrade scripts in a migration first");
    }
  }

  private static boolean engineTablesPresent(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if ("act_ge_property".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String installedVersion(Connection connection) throws SQLException {
    try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
        "select version_ from act_ge_schema_log order by timestamp_ desc, id_ desc")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return switch (product) {
      case "PostgreSQL" -> "postgres";
      case "H2" -> "h2";
      default -> throw new IllegalStateException("No engine scripts for " + product);
    };
  }

  /** "7.24.0" → "7.24" (patch levels share their tables). */
  private static String minor(String version) {
    String[] parts = version.split("\\.");
    return parts[0] + "." + parts[1];
  }
}
