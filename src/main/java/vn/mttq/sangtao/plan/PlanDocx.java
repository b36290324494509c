package vn.mttq.sangtao.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.document.Docx;
import vn.mttq.sangtao.shared.document.Docx.Style;

/**
 * A plan as a Word document in the layout of Decree 30/2020, for the standing committee to print, sign and keep: the
 * headings side by side in a borderless table, "KẾ HOẠCH" and the title, the basis and the numbered parts, then
 * "Nơi nhận" and the signature block side by side.
 */
@Component
class PlanDocx {

  private static final Style HEADING = new Style(false, false, 13);
  private static final Style HEADING_BOLD = new Style(true, false, 13);

  byte[] render(PlanDocument document) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Docx.a4(doc);
      doc.getProperties().getCoreProperties().setTitle("Kế hoạch " + document.number() + " — " + document.title());
      XWPFTable head = doc.createTable(1, 2);
      head.removeBorders();
      List<String> left = new ArrayList<>(document.headings());
      Docx.cell(head, 0, 0, HEADING, ParagraphAlignment.CENTER, left.subList(0, left.size() - 1).toArray(String[]::new));
      XWPFParagraph standing = head.getRow(0).getCell(0).addParagraph();
      standing.setAlignment(ParagraphAlignment.CENTER);
      Docx.run(standing, left.get(left.size() - 1), HEADING_BOLD);
      XWPFParagraph number = head.getRow(0).getCell(0).addParagraph();
      number.setAlignment(ParagraphAlignment.CENTER);
      Docx.run(number, document.number(), HEADING);
      Docx.cell(head, 0, 1, HEADING_BOLD, ParagraphAlignment.CENTER, PlanDocument.MOTTO_1, PlanDocument.MOTTO_2);
      XWPFParagraph date = head.getRow(0).getCell(1).addParagraph();
      date.setAlignment(ParagraphAlignment.CENTER);
      Docx.run(date, document.placeAndDate(), Style.ITALIC);

      Docx.paragraph(doc, "", Style.BODY, ParagraphAlignment.CENTER, 0);
      if (document.draft()) {
        Docx.paragraph(doc, "DỰ THẢO", Style.BOLD, ParagraphAlignment.CENTER, 0);
      }
      Docx.paragraph(doc, "KẾ HOẠCH", new Style(true, false, 15), ParagraphAlignment.CENTER, 0);
      Docx.paragraph(doc, document.title(), Style.BOLD, ParagraphAlignment.CENTER, 0);
      if (document.basis() != null) {
        Docx.paragraph(doc, document.basis(), Style.ITALIC, ParagraphAlignment.BOTH, 10);
      }
      for (PlanDocument.Part part : document.body()) {
        if (part.heading() != null) {
          Docx.paragraph(doc, part.heading(), part.level() == 3 ? Style.ITALIC : Style.BOLD, ParagraphAlignment.BOTH,
              10);
        }
        part.paragraphs().forEach(text -> Docx.paragraph(doc, text, Style.BODY, ParagraphAlignment.BOTH, 10));
      }

      XWPFTable foot = doc.createTable(1, 2);
      foot.removeBorders();
      Docx.cell(foot, 0, 0, new Style(true, true, 12), ParagraphAlignment.LEFT, "Nơi nhận:");
      for (String line : document.recipients()) {
        XWPFParagraph paragraph = foot.getRow(0).getCell(0).addParagraph();
        Docx.run(paragraph, line, new Style(false, false, 11));
      }
      List<String> signature = new ArrayList<>(document.signature());
      signature.add(signature.size() - 1, "");
      signature.add(signature.size() - 1, "");
      signature.add(signature.size() - 1, "");
      Docx.cell(foot, 0, 1, Style.BOLD, ParagraphAlignment.CENTER, signature.toArray(String[]::new));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được văn bản Word của kế hoạch " + document.number(), e);
    }
  }
}
