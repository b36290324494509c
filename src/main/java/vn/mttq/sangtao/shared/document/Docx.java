package vn.mttq.sangtao.shared.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Writing Word documents as Vietnamese administrative documents are set: Times New Roman, A4, their margins. */
public final class Docx {

  public static final String FONT = "Times New Roman";
  private static final int TWIPS_PER_MM = 1440 * 10 / 254;

  private Docx() {
  }

  /** How a run of text is set. */
  public record Style(boolean bold, boolean italic, int size) {
    public static final Style BODY = new Style(false, false, 14);
    public static final Style BOLD = new Style(true, false, 14);
    public static final Style ITALIC = new Style(false, true, 14);
  }

  /** A4 with the margins of Decree 30/2020: 30 mm left, 20 mm top, right and bottom. */
  public static void a4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
    size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
    margins.setRight(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
  }

  /** A paragraph of one run; {@code firstLineIndentMm} indents its first line (0 for none). */
  public static XWPFParagraph paragraph(XWPFDocument doc, String text, Style style, ParagraphAlignment alignment,
      int firstLineIndentMm) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(60);
    if (firstLineIndentMm > 0) {
      paragraph.setIndentationFirstLine(firstLineIndentMm * TWIPS_PER_MM);
    }
    run(paragraph, text, style);
    return paragraph;
  }

  /** A cell of a table with its lines, each a centred paragraph in its style. */
  public static void cell(XWPFTable table, int row, int column, Style style, ParagraphAlignment alignment,
      String... lines) {
    XWPFTableCell cell = table.getRow(row).getCell(column);
    while (!cell.getParagraphs().isEmpty()) {
      cell.removeParagraph(0);
    }
    for (String line : lines) {
      XWPFParagraph paragraph = cell.addParagraph();
      paragraph.setAlignment(alignment);
      run(paragraph, line, style);
    }
  }

  public static XWPFRun run(XWPFParagraph paragraph, String text, Style style) {
    XWPFRun run = paragraph.createRun();
    run.setBold(style.bold());
    run.setItalic(style.italic());
    run.setFontFamily(FONT);
    run.setFontSize(style.size());
    run.setText(text);
    return run;
  }

  private static final Style HEADING = new Style(false, false, 13);
  private static final Style HEADING_BOLD = new Style(true, false, 13);

  /**
   * The heading block, side by side in a borderless table: the issuing body (its last line, "BAN THƯỜNG TRỰC", in
   * bold) and the number on the left, the national motto and the place and date on the right.
   */
  public static void heading(XWPFDocument doc, OfficialHeading heading) {
    XWPFTable head = doc.createTable(1, 2);
    head.removeBorders();
    List<String> left = heading.bodyLines();
    cell(head, 0, 0, HEADING, ParagraphAlignment.CENTER, left.subList(0, left.size() - 1).toArray(String[]::new));
    XWPFParagraph standing = head.getRow(0).getCell(0).addParagraph();
    standing.setAlignment(ParagraphAlignment.CENTER);
    run(standing, left.get(left.size() - 1), HEADING_BOLD);
    XWPFParagraph number = head.getRow(0).getCell(0).addParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    run(number, heading.number(), HEADING);
    cell(head, 0, 1, HEADING_BOLD, ParagraphAlignment.CENTER, OfficialHeading.MOTTO_1, OfficialHeading.MOTTO_2);
    XWPFParagraph date = head.getRow(0).getCell(1).addParagraph();
    date.setAlignment(ParagraphAlignment.CENTER);
    run(date, heading.placeAndDate(), Style.ITALIC);
  }

  /**
   * The foot, side by side in a borderless table: "Nơi nhận:" and its lines on the left; on the right the
   * signature lines with room to sign before the last one (the signer's name, blank when not known yet).
   */
  public static void foot(XWPFDocument doc, List<String> recipients, List<String> signature) {
    XWPFTable foot = doc.createTable(1, 2);
    foot.removeBorders();
    cell(foot, 0, 0, new Style(true, true, 12), ParagraphAlignment.LEFT, "Nơi nhận:");
    for (String line : recipients) {
      XWPFParagraph paragraph = foot.getRow(0).getCell(0).addParagraph();
      run(paragraph, line, new Style(false, false, 11));
    }
    List<String> lines = new java.util.ArrayList<>(signature);
    for (int i = 0; i < 3; i++) {
      lines.add(lines.size() - 1, "");
    }
    cell(foot, 0, 1, Style.BOLD, ParagraphAlignment.CENTER, lines.toArray(String[]::new));
  }
}
