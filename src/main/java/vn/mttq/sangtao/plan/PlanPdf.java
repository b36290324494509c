package vn.mttq.sangtao.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.document.PdfFonts;

/**
 * A plan as a PDF on A4 in the layout of Decree 30/2020: margins of 30 mm left, 20 mm top, right and bottom;
 * Times-like type at 14 pt; the headings side by side, the body with its numbered parts, "Nơi nhận" on the left and
 * the signature block on the right after it.
 */
@Component
class PlanPdf {

  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 30 * MM;
  private static final float RIGHT = 20 * MM;
  private static final float TOP = 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float BODY = 14;
  private static final float LEADING = 1.35f * BODY;

  byte[] render(PlanDocument document) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfFonts fonts = PdfFonts.load(doc);
      doc.getDocumentInformation().setTitle("Kế hoạch " + document.number() + " — " + document.title());
      doc.getDocumentInformation().setSubject(document.title());
      try (Pages pages = new Pages(doc)) {
        float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        float leftCentre = LEFT + width * 0.19f;
        float rightCentre = LEFT + width * 0.69f;
        float top = pages.y;
        for (int i = 0; i < document.headings().size(); i++) {
          PDFont font = i == document.headings().size() - 1 ? fonts.bold : fonts.regular;
          PdfFonts.centred(pages.content, font, 12, document.headings().get(i), leftCentre, pages.y);
          pages.y -= 16;
        }
        PdfFonts.centred(pages.content, fonts.regular, 12, document.number(), leftCentre, pages.y - 4);
        float leftBottom = pages.y - 4;
        pages.y = top;
        PdfFonts.centred(pages.content, fonts.bold, 12, PlanDocument.MOTTO_1, rightCentre, pages.y);
        pages.y -= 16;
        PdfFonts.centred(pages.content, fonts.bold, 13, PlanDocument.MOTTO_2, rightCentre, pages.y);
        pages.y -= 28;
        PdfFonts.centred(pages.content, fonts.italic, 14, document.placeAndDate(), rightCentre, pages.y);
        pages.y = Math.min(pages.y, leftBottom) - 36;

        float centre = LEFT + width / 2;
        if (document.draft()) {
          PdfFonts.centred(pages.content, fonts.bold, 13, "DỰ THẢO", centre, pages.y);
          pages.y -= LEADING;
        }
        PdfFonts.centred(pages.content, fonts.bold, 15, "KẾ HOẠCH", centre, pages.y);
        pages.y -= LEADING;
        for (String line : PdfFonts.wrap(fonts.bold, BODY, document.title(), width * 0.9f)) {
          PdfFonts.centred(pages.content, fonts.bold, BODY, line, centre, pages.y);
          pages.y -= LEADING;
        }
        pages.y -= LEADING / 2;
        if (document.basis() != null) {
          paragraph(pages, fonts.italic, document.basis(), width);
        }
        for (PlanDocument.Part part : document.body()) {
          if (part.heading() != null) {
            paragraph(pages, part.level() == 3 ? fonts.italic : fonts.bold, part.heading(), width);
          }
          for (String text : part.paragraphs()) {
            paragraph(pages, fonts.regular, text, width);
          }
        }
        pages.y -= LEADING;
        signatureAndRecipients(pages, fonts, document, width);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được văn bản PDF của kế hoạch " + document.number(), e);
    }
  }

  /** The signature block on the right and "Nơi nhận" at 12/11 pt on the left, side by side from the same line. */
  private static void signatureAndRecipients(Pages pages, PdfFonts fonts, PlanDocument document, float width)
      throws IOException {
    pages.ensure(140);
    float y = pages.y;
    float signCentre = LEFT + width * 0.74f;
    List<String> signature = document.signature();
    for (int i = 0; i < signature.size(); i++) {
      if (i == signature.size() - 1) {
        y -= 60;
      }
      for (String line : PdfFonts.wrap(fonts.bold, 14, signature.get(i), width * 0.46f)) {
        PdfFonts.centred(pages.content, fonts.bold, 14, line, signCentre, y);
        y -= 18;
      }
    }
    PdfFonts.left(pages.content, fonts.bold, 12, "Nơi nhận:", LEFT, pages.y);
    pages.y -= 15;
    for (String line : document.recipients()) {
      for (String wrapped : PdfFonts.wrap(fonts.regular, 11, line, width * 0.48f)) {
        pages.ensure(14);
        PdfFonts.left(pages.content, fonts.regular, 11, wrapped, LEFT, pages.y);
        pages.y -= 13;
      }
    }
  }

  private static void paragraph(Pages pages, PDFont font, String text, float width) throws IOException {
    float indent = 10 * MM;
    List<String> lines = PdfFonts.wrap(font, BODY, text, width - indent);
    for (int i = 0; i < lines.size(); i++) {
      pages.ensure(LEADING);
      PdfFonts.left(pages.content, font, BODY, lines.get(i), i == 0 ? LEFT + indent : LEFT, pages.y);
      pages.y -= LEADING;
    }
  }

  /** The pages as they fill: a new one when the next line would cross the bottom margin. */
  private static final class Pages implements AutoCloseable {
    private final PDDocument doc;
    PDPageContentStream content;
    float y;

    Pages(PDDocument doc) throws IOException {
      this.doc = doc;
      next();
    }

    void ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        content.close();
        next();
      }
    }

    private void next() throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - TOP - 14;
    }

    @Override
    public void close() throws IOException {
      content.close();
    }
  }
}
