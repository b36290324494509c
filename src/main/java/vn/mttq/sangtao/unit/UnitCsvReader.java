package vn.mttq.sangtao.unit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the unit CSV ({@code code,name,type,parentCode,validFrom,validTo}, UTF-8, optional byte-order mark). */
final class UnitCsvReader {

  static final List<String> HEADER = List.of("code", "name", "type", "parentCode", "validFrom", "validTo");

  record Result(List<UnitCsvRow> rows, List<ImportProblem> problems) {
  }

  private UnitCsvReader() {
  }

  static Result read(byte[] content) {
    List<ImportProblem> problems = new ArrayList<>();
    List<UnitCsvRow> rows = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      problems.add(ImportProblem.ofFile("Tệp không phải văn bản UTF-8. Hãy lưu tệp CSV với bảng mã UTF-8."));
      return new Result(rows, problems);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problems.add(ImportProblem.ofFile("Tệp rỗng: cần dòng tiêu đề " + String.join(",", HEADER)
          + " và ít nhất một dòng dữ liệu."));
      return new Result(rows, problems);
    }
    LineIndex lineStarts = new LineIndex(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        long line = lineStarts.lineOf(text, record.getCharacterPosition());
        if (header) {
          header = false;
          List<String> names = record.stream().map(String::trim).toList();
          if (!names.equals(HEADER)) {
            problems.add(new ImportProblem(line, "tiêu đề cột phải là «" + String.join(",", HEADER)
                + "», tệp có «" + String.join(",", names) + "»."));
            return new Result(rows, problems);
          }
          continue;
        }
        if (record.size() != HEADER.size()) {
          problems.add(new ImportProblem(line, "cần " + HEADER.size() + " cột (" + String.join(",", HEADER)
              + "), dòng này có " + record.size() + " cột."));
          continue;
        }
        rows.add(new UnitCsvRow(line, record.get(0), record.get(1), record.get(2), record.get(3), record.get(4),
            record.get(5)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      problems.add(ImportProblem.ofFile("Tệp CSV sai cú pháp (dấu ngoặc kép không đóng?): " + e.getMessage()));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(ImportProblem.ofFile("Tệp không có dòng dữ liệu nào sau dòng tiêu đề."));
    }
    return new Result(rows, problems);
  }

  /** Maps a character position to the line a person sees in an editor (from 1). */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      int[] found = new int[16];
      int count = 0;
      found[count++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == found.length) {
            found = java.util.Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      starts = java.util.Arrays.copyOf(found, count);
    }

    /** The line of the first character at or after {@code position} that is not a line break. */
    long lineOf(String text, long position) {
      int first = (int) position;
      while (first < text.length() && (text.charAt(first) == '\r' || text.charAt(first) == '\n')) {
        first++;
      }
      int at = java.util.Arrays.binarySearch(starts, first);
      return (at >= 0 ? at : -at - 2) + 1;
    }
  }
}
