package vn.mttq.sangtao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.document.Docx;
import vn.mttq.sangtao.shared.WholeNumbers;

/** A consolidation as an Excel workbook and a Word document with Vietnamese headings, laid out like a report. */
@Component
class ConsolidationExport {

  static final String TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN PHONG TRÀO “ĐOÀN KẾT SÁNG TẠO”";

  byte[] xlsx(Consolidation c) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = book.createSheet("Tổng hợp");
      int r = 0;
      text(sheet.createRow(r++), 0, c.unitName().toUpperCase(java.util.Locale.ROOT), bold);
      text(sheet.createRow(r++), 0, TITLE, bold);
      text(sheet.createRow(r++), 0, c.periodLabel() + " — lập ngày "
          + BusinessTime.format(BusinessTime.today()), null);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
      r++;
      Row head = sheet.createRow(r++);
      text(head, 0, "Đơn vị", bold);
      text(head, 1, "Kế hoạch", bold);
      text(head, 2, "Tình trạng", bold);
      text(head, 3, "Ngày nộp", bold);
      Figure[] figures = Figure.values();
      for (int i = 0; i < figures.length; i++) {
        text(head, 4 + i, figures[i].label(), bold);
      }
      for (Consolidation.Line line : c.reports()) {
        Row row = sheet.createRow(r++);
        text(row, 0, line.unitName(), null);
        text(row, 1, line.planNumber(), null);
        text(row, 2, line.statusLabel() + (Boolean.TRUE.equals(line.late()) ? " (muộn)" : ""), null);
        text(row, 3, line.submittedOn() == null ? "" : line.submittedOn(), null);
        for (int i = 0; i < figures.length; i++) {
          Long value = line.figures().get(figures[i]);
          if (value != null) {
            row.createCell(4 + i).setCellValue(value);
          }
        }
      }
      Row total = sheet.createRow(r++);
      text(total, 0, "Cộng (" + c.accepted() + " báo cáo đã chấp nhận)", bold);
      text(sheet.createRow(r++), 0, c.receivedText() + ", " + c.accepted() + " báo cáo đã được chấp nhận.", null);
      for (int i = 0; i < figures.length; i++) {
        Cell cell = total.createCell(4 + i);
        cell.setCellValue(c.totals().get(figures[i]));
        cell.setCellStyle(bold);
      }
      r++;
      r = list(sheet, r, "Đơn vị nộp muộn", c.late(), bold);
      list(sheet, r + 1, "Đơn vị chưa nộp", c.missing(), bold);
      sheet.setColumnWidth(0, 60 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] docx(Consolidation c) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable head = doc.createTable(1, 2);
      head.removeBorders();
      cell(head, 0, 0, c.unitName().toUpperCase(java.util.Locale.ROOT), true);
      cell(head, 0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nngày "
          + BusinessTime.format(BusinessTime.today()), true);
      paragraph(doc, TITLE, true, ParagraphAlignment.CENTER);
      paragraph(doc, c.periodLabel(), false, ParagraphAlignment.CENTER);
      paragraph(doc, c.receivedText() + " của đơn vị trực thuộc"
          + (c.planNumber() == null ? "" : " thực hiện Kế hoạch số " + c.planNumber()) + ", trong đó " + c.accepted()
          + " báo cáo đã được chấp nhận và được tổng hợp dưới đây.", false, ParagraphAlignment.LEFT);
      Figure[] figures = Figure.values();
      XWPFTable table = doc.createTable(figures.length + 1, 3);
      cell(table, 0, 0, "TT", true);
      cell(table, 0, 1, "Nội dung", true);
      cell(table, 0, 2, "Kết quả", true);
      for (int i = 0; i < figures.length; i++) {
        cell(table, i + 1, 0, Integer.toString(i + 1), false);
        cell(table, i + 1, 1, figures[i].label(), false);
        cell(table, i + 1, 2, WholeNumbers.format(c.totals().get(figures[i])), false);
      }
      paragraph(doc, "Đơn vị nộp muộn: " + names(c.late()) + ".", false, ParagraphAlignment.LEFT);
      paragraph(doc, "Đơn vị chưa nộp: " + names(c.missing()) + ".", false, ParagraphAlignment.LEFT);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int list(Sheet sheet, int r, String title, List<Consolidation.Line> lines, CellStyle bold) {
    text(sheet.createRow(r++), 0, title + (lines.isEmpty() ? ": không có" : ":"), bold);
    for (Consolidation.Line line : lines) {
      text(sheet.createRow(r++), 0, line.unitName() + " — hạn " + BusinessTime.format(line.dueDate()), null);
    }
    return r;
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

  private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
    Docx.cell(table, row, column, new Docx.Style(bold, false, 11), ParagraphAlignment.LEFT, text.split("\n"));
  }
}
