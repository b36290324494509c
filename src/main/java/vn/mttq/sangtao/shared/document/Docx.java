package vn.mttq.sangtao.shared.document;

import java.math.BigInteger;

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
}
