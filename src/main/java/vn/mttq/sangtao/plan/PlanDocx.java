package vn.mttq.sangtao.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.document.Docx;
import vn.mttq.sangtao.shared.document.OfficialHeading;
import vn.mttq.sangtao.shared.document.Docx.Style;

/**
 * A plan as a Word document in the layout of Decree 30/2020, for the standing committee to print, sign and keep: the
 * headings side by side in a borderless table, "KẾ HOẠCH" and the title, the basis and the numbered parts, then
 * "Nơi nhận" and the signature block side by side.
 */
@Component
class PlanDocx {

  byte[] render(PlanDocument document) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Docx.a4(doc);
      doc.getProperties().getCoreProperties().setTitle("Kế hoạch " + document.number() + " — " + document.title());
      Docx.heading(doc, new OfficialHeading(document.headings(), document.number(), document.placeAndDate()));

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

      Docx.foot(doc, document.recipients(), document.signature());
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được văn bản Word của kế hoạch " + document.number(), e);
    }
  }
}
