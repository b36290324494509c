package vn.mttq.sangtao.unit;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    return read(new java.io.ByteArrayInputStream(content));
  }

  /**
   * Reads the file as it arrives, a record at a time: only the rows are kept (a line's text is let go once read), so a
   * national file takes no more memory than its rows.
   */
  static Result read(InputStream content) {
    List<ImportProblem> problems = new ArrayList<>();
    List<UnitCsvRow> rows = new ArrayList<>();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    try (PushbackReader decoded = new PushbackReader(new BufferedReader(new InputStreamReader(content, utf8)))) {
      int first = decoded.read();
      if (first != -1 && first != '\uFEFF') {
        decoded.unread(first);
      }
      LineTracking text = new LineTracking(decoded);
      try (CSVParser parser = CSVParser.parse(text, format)) {
        boolean header = true;
        for (CSVRecord record : parser) {
          long line = text.lineOf(record.getCharacterPosition());
          if (header) {
            header = false;
            List<String> names = record.stream().map(String::trim).toList();
            if (!names.equals(HEADER)) {
              if (text.blankSoFar() && drained(text)) {
                break; // a file of spaces and line breaks: empty
              }
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
      } catch (IllegalStateException | UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          return notUtf8();
        }
        problems.add(ImportProblem.ofFile("Tệp CSV sai cú pháp (dấu ngoặc kép không đóng?): " + e.getMessage()));
      }
      if (text.blankSoFar()) {
        return new Result(new ArrayList<>(), new ArrayList<>(List.of(ImportProblem.ofFile("Tệp rỗng: cần dòng tiêu đề "
            + String.join(",", HEADER) + " và ít nhất một dòng dữ liệu."))));
      }
    } catch (CharacterCodingException e) {
      return notUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(ImportProblem.ofFile("Tệp không có dòng dữ liệu nào sau dòng tiêu đề."));
    }
    return new Result(rows, problems);
  }

  private static Result notUtf8() {
    return new Result(new ArrayList<>(), new ArrayList<>(List.of(
        ImportProblem.ofFile("Tệp không phải văn bản UTF-8. Hãy lưu tệp CSV với bảng mã UTF-8."))));
  }

  /** Reads what is left (only spaces and line breaks can be left of a file blank so far); true at its end. */
  private static boolean drained(LineTracking text) throws IOException {
    char[] rest = new char[4096];
    while (text.read(rest, 0, rest.length) != -1) {
      if (!text.blankSoFar()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Passes the text on to the parser and notes where each line starts and which characters are line breaks, to map a
   * record's character position to the line a person sees in an editor (from 1); and whether anything but spaces and
   * line breaks has passed.
   */
  private static final class LineTracking extends FilterReader {
    private final java.util.BitSet breaks = new java.util.BitSet();
    private int[] starts = {0};
    private int lines = 1;
    private long position;
    private boolean blank = true;

    LineTracking(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c != -1) {
        note((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      for (int i = 0; i < read; i++) {
        note(buffer[offset + i]);
      }
      return read;
    }

    private void note(char c) {
      if (c == '\n' || c == '\r') {
        breaks.set((int) position);
        if (c == '\n') {
          if (lines == starts.length) {
            starts = java.util.Arrays.copyOf(starts, lines * 2);
          }
          starts[lines++] = (int) position + 1;
        }
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
      position++;
    }

    boolean blankSoFar() {
      return blank;
    }

    /** The line of the first character at or after {@code position} that is not a line break. */
    long lineOf(long recordPosition) {
      int first = breaks.nextClearBit((int) recordPosition);
      int at = java.util.Arrays.binarySearch(starts, 0, lines, first);
      return (at >= 0 ? at : -at - 2) + 1;
    }
  }
}
