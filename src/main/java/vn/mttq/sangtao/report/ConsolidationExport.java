package vn.mttq.sangtao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.document.Docx;
import vn.mttq.sangtao.shared.document.OfficialHeading;

/**
 * A consolidation as the committee's report to sign, in Excel and in Word: the heading block of the committee (the
 * body, "Số:      /BC-MTTQ-BTT", the national motto, place and date), "BÁO CÁO" and what it sums up, how many reports
 * came in of how many, the units numbered (STT) in Vietnamese alphabetical order with their figures as whole numbers
 * ("#,##0", shown with the reader's separators, "15.000.000" in Vietnamese), the total, who is late and who is
 * missing, then "Nơi nhận" and the signature block.
 */
@Component
class ConsolidationExport {

  static final String TITLE = "BÁO CÁO";
  static final String NUMBER = "Số:      /BC-MTTQ-BTT";
  static final String WHOLE_NUMBER_FORMAT = "#,##0";
  private static final int FIRST_FIGURE_COLUMN = 5;

  /** What the report sums up: "Tổng hợp kết quả … 6 tháng đầu năm 2026 (Kế hoạch số 12/KH-MTTQ-BTT)". */
  static String subject(Consolidation c) {
    return "Tổng hợp kết quả thực hiện phong trào “Đoàn kết sáng tạo” — " + c.periodLabel()
        + (c.planNumber() == null ? "" : " (Kế hoạch số " + c.planNumber() + ")");
  }

  static OfficialHeading heading(Consolidation c) {
    return OfficialHeading.of(c.unitName(), NUMBER, BusinessTime.today());
  }

  /** "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai (b/c);", "- Lưu: VT.". */
  static List<String> recipients(Consolidation c) {
    List<String> lines = new ArrayList<>();
    if (c.reportToName() != null) {
      lines.add("- Ban Thường trực " + c.reportToName() + " (b/c);");
    }
    lines.add("- Lưu: VT.");
    return lines;
  }

  static List<String> signature() {
    return List.of(OfficialHeading.ON_BEHALF, OfficialHeading.CHAIR, "");
  }

  byte[] xlsx(Consolidation c) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Sheet sheet = book.createSheet("Tổng hợp");
      Figure[] figures = Figure.values();
      int lastColumn = FIRST_FIGURE_COLUMN + figures.length - 1;
      int split = 3;
      OfficialHeading heading = heading(c);
      List<String> body = heading.bodyLines();
      for (int i = 0; i < body.size(); i++) {
        Row row = sheet.createRow(i);
        merged(sheet, row, 0, split, body.get(i), i == body.size() - 1 ? styles.boldCentre : styles.centre);
      }
      merged(sheet, sheet.getRow(0), split + 1, lastColumn, OfficialHeading.MOTTO_1, styles.boldCentre);
      merged(sheet, sheet.getRow(1), split + 1, lastColumn, OfficialHeading.MOTTO_2, styles.boldCentre);
      int r = body.size();
      Row numberRow = sheet.createRow(r);
      merged(sheet, numberRow, 0, split, heading.number(), styles.centre);
      merged(sheet, sheet.getRow(2) == null ? sheet.createRow(2) : sheet.getRow(2), split + 1, lastColumn,
          heading.placeAndDate(), styles.italicCentre);
      r += 2;
      merged(sheet, sheet.createRow(r++), 0, lastColumn, TITLE, styles.title);
      merged(sheet, sheet.createRow(r++), 0, lastColumn, subject(c), styles.boldCentre);
      r++;
      text(sheet.createRow(r++), 0, c.receivedText() + ", " + c.accepted() + " báo cáo đã được chấp nhận.", null);
      int headerRow = r;
      Row head = sheet.createRow(r++);
      List<String> columns = new ArrayList<>(List.of("STT", "Đơn vị", "Kế hoạch", "Tình trạng", "Ngày nộp"));
      for (Figure figure : figures) {
        columns.add(figure.label());
      }
      for (int i = 0; i < columns.size(); i++) {
        text(head, i, columns.get(i), styles.header);
      }
      int number = 1;
      for (Consolidation.Line line : c.reports()) {
        Row row = sheet.createRow(r++);
        Cell stt = row.createCell(0);
        stt.setCellValue(number++);
        stt.setCellStyle(styles.centreBox);
        text(row, 1, line.unitName(), styles.box);
        text(row, 2, line.planNumber(), styles.box);
        text(row, 3, line.statusLabel() + (Boolean.TRUE.equals(line.late()) ? " (muộn)" : ""), styles.box);
        text(row, 4, line.submittedOn() == null ? "" : line.submittedOn(), styles.centreBox);
        for (int i = 0; i < figures.length; i++) {
          Long value = line.figures().get(figures[i]);
          Cell cell = row.createCell(FIRST_FIGURE_COLUMN + i);
          cell.setCellStyle(styles.number);
          if (value != null) {
            cell.setCellValue(value);
          }
        }
      }
      Row total = sheet.createRow(r++);
      for (int i = 0; i < FIRST_FIGURE_COLUMN; i++) {
        text(total, i, "", styles.header);
      }
      total.getCell(1).setCellValue("Cộng (" + c.accepted() + " báo cáo đã chấp nhận)");
      for (int i = 0; i < figures.length; i++) {
        Cell cell = total.createCell(FIRST_FIGURE_COLUMN + i);
        cell.setCellValue(c.totals().get(figures[i]));
        cell.setCellStyle(styles.boldNumber);
      }
      r++;
      r = list(sheet, r, "Đơn vị nộp muộn", c.late(), styles);
      r = list(sheet, r + 1, "Đơn vị chưa nộp", c.missing(), styles) + 1;
      text(sheet.createRow(r), 0, "Nơi nhận:", styles.boldItalic);
      List<String> signature = signature();
      int signRow = r;
      for (String line : recipients(c)) {
        text(sheet.createRow(++r), 0, line, null);
      }
      // the signature lines, room to sign, then the signer's name
      for (int i = 0; i < signature.size(); i++) {
        int at = i == signature.size() - 1 ? signRow + i + 3 : signRow + i;
        Row row = sheet.getRow(at) == null ? sheet.createRow(at) : sheet.getRow(at);
        merged(sheet, row, split + 1, lastColumn, signature.get(i), styles.boldCentre);
      }
      sheet.setColumnWidth(0, 6 * 256);
      sheet.setColumnWidth(1, 48 * 256);
      sheet.setColumnWidth(2, 22 * 256);
      sheet.setColumnWidth(3, 30 * 256);
      sheet.setColumnWidth(4, 12 * 256);
      for (int i = 0; i < figures.length; i++) {
        sheet.setColumnWidth(FIRST_FIGURE_COLUMN + i, 16 * 256);
      }
      sheet.createFreezePane(2, headerRow + 1);
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] docx(Consolidation c) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Docx.a4(doc);
      doc.getProperties().getCoreProperties().setTitle(subject(c));
      Docx.heading(doc, heading(c));
      paragraph(doc, "", false, ParagraphAlignment.CENTER);
      Docx.paragraph(doc, TITLE, new Docx.Style(true, false, 15), ParagraphAlignment.CENTER, 0);
      paragraph(doc, subject(c), true, ParagraphAlignment.CENTER);
      Docx.paragraph(doc, c.receivedText() + " của đơn vị trực thuộc"
          + (c.planNumber() == null ? "" : " thực hiện Kế hoạch số " + c.planNumber()) + ", trong đó " + c.accepted()
          + " báo cáo đã được chấp nhận và được tổng hợp dưới đây.", Docx.Style.BODY, ParagraphAlignment.BOTH, 10);
      Figure[] figures = Figure.values();
      XWPFTable table = doc.createTable(figures.length + 1, 3);
      cell(table, 0, 0, "STT", true, ParagraphAlignment.CENTER);
      cell(table, 0, 1, "Nội dung", true, ParagraphAlignment.CENTER);
      cell(table, 0, 2, "Kết quả", true, ParagraphAlignment.CENTER);
      for (int i = 0; i < figures.length; i++) {
        cell(table, i + 1, 0, Integer.toString(i + 1), false, ParagraphAlignment.CENTER);
        cell(table, i + 1, 1, figures[i].label(), false, ParagraphAlignment.LEFT);
        cell(table, i + 1, 2, WholeNumbers.format(c.totals().get(figures[i])), false, ParagraphAlignment.RIGHT);
      }
      Docx.paragraph(doc, "Đơn vị nộp muộn: " + names(c.late()) + ".", Docx.Style.BODY, ParagraphAlignment.BOTH, 10);
      Docx.paragraph(doc, "Đơn vị chưa nộp: " + names(c.missing()) + ".", Docx.Style.BODY, ParagraphAlignment.BOTH,
          10);
      paragraph(doc, "", false, ParagraphAlignment.LEFT);
      Docx.foot(doc, recipients(c), signature());
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell styles of the workbook: Times New Roman 12, boxes around the table, whole numbers with separators. */
  private static final class Styles {
    final CellStyle centre;
    final CellStyle boldCentre;
    final CellStyle italicCentre;
    final CellStyle boldItalic;
    final CellStyle title;
    final CellStyle header;
    final CellStyle box;
    final CellStyle centreBox;
    final CellStyle number;
    final CellStyle boldNumber;

    Styles(XSSFWorkbook book) {
      Font plain = font(book, false, false, 12);
      Font bold = font(book, true, false, 12);
      Font italic = font(book, false, true, 12);
      centre = style(book, plain, HorizontalAlignment.CENTER, false);
      boldCentre = style(book, bold, HorizontalAlignment.CENTER, false);
      italicCentre = style(book, italic, HorizontalAlignment.CENTER, false);
      boldItalic = style(book, font(book, true, true, 12), HorizontalAlignment.LEFT, false);
      title = style(book, font(book, true, false, 14), HorizontalAlignment.CENTER, false);
      header = style(book, bold, HorizontalAlignment.CENTER, true);
      header.setWrapText(true);
      box = style(book, plain, HorizontalAlignment.LEFT, true);
      box.setWrapText(true);
      centreBox = style(book, plain, HorizontalAlignment.CENTER, true);
      short wholeNumber = book.createDataFormat().getFormat(WHOLE_NUMBER_FORMAT);
      number = style(book, plain, HorizontalAlignment.RIGHT, true);
      number.setDataFormat(wholeNumber);
      boldNumber = style(book, bold, HorizontalAlignment.RIGHT, true);
      boldNumber.setDataFormat(wholeNumber);
    }

    private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int size) {
      Font font = book.createFont();
      font.setFontName(Docx.FONT);
      font.setFontHeightInPoints((short) size);
      font.setBold(bold);
      font.setItalic(italic);
      return font;
    }

    private static CellStyle style(XSSFWorkbook book, Font font, HorizontalAlignment alignment, boolean boxed) {
      CellStyle style = book.createCellStyle();
      style.setFont(font);
      style.setAlignment(alignment);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      if (boxed) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
      }
      return style;
    }
  }

  private static int list(Sheet sheet, int r, String title, List<Consolidation.Line> lines, Styles styles) {
    text(sheet.createRow(r++), 0, title + (lines.isEmpty() ? ": không có" : ":"), styles.boldItalic);
    for (Consolidation.Line line : lines) {
      text(sheet.createRow(r++), 1, line.unitName() + " — hạn " + BusinessTime.format(line.dueDate()), null);
    }
    return r;
  }

  private static void merged(Sheet sheet, Row row, int from, int to, String value, CellStyle style) {
    text(row, from, value, style);
    if (to > from) {
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }
  }

  private static String names(List<Consolidation.Line> lines) {
    return lines.isEmpty() ? "không có"
        : String.join("; ", lines.stream().map(Consolidation.Line::unitName).toList());
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
    Docx.paragraph(doc, text, new Docx.Style(bold, false, 13), alignment, 0);
  }

  private static void cell(XWPFTable table, int row, int column, String text, boolean bold,
      ParagraphAlignment alignment) {
    Docx.cell(table, row, column, new Docx.Style(bold, false, 12), alignment, text.split("\n"));
  }
}
