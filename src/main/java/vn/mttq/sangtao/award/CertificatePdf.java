package vn.mttq.sangtao.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.document.PdfFonts;

/**
 * The certificate of a granted award (A4 landscape, Vietnamese, Times-like Liberation Serif embedded): the deciding
 * committee, the national motto, the form of award, the nominee, the decision's number and date; "ĐÃ THU HỒI"
 * across a revoked one.
 */
@Component
class CertificatePdf {

  private static final float MARGIN = 56;

  byte[] render(AwardProposalView proposal) {
    AwardProposalView.Decision decision = proposal.decision();
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfFonts fonts = PdfFonts.load(doc);
      PDFont regular = fonts.regular;
      PDFont bold = fonts.bold;
      PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(decision.awardFormName() + " — " + proposal.nominee());
      info.setSubject("Quyết định số " + decision.decisionNumber());
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.setLineWidth(3f);
        content.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
        content.stroke();
        content.setLineWidth(0.8f);
        content.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, width - MARGIN - 12, height - MARGIN - 12);
        content.stroke();

        float left = width * 0.27f;
        float right = width * 0.70f;
        float y = height - 80;
        PdfFonts.centred(content, regular, 12, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", left, y);
        PdfFonts.centred(content, bold, 12, upper(decision.decidingUnitName()), left, y - 16);
        PdfFonts.centred(content, bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right, y);
        PdfFonts.centred(content, bold, 12, "Độc lập - Tự do - Hạnh phúc", right, y - 16);

        y -= 80;
        PdfFonts.centred(content, bold, 36, upper(decision.awardFormName()), width / 2, y);
        y -= 44;
        PdfFonts.centred(content, regular, 15, "Tặng", width / 2, y);
        y -= 30;
        PdfFonts.centred(content, bold, 22, proposal.nomineeKind() == NomineeKind.INDIVIDUAL ? proposal.nomineeName()
            : proposal.nomineeUnitName(), width / 2, y);
        if (proposal.nomineeKind() == NomineeKind.INDIVIDUAL) {
          y -= 22;
          PdfFonts.centred(content, regular, 14, proposal.nomineeUnitName(), width / 2, y);
        }
        y -= 32;
        for (String line : PdfFonts.wrap(regular, 14, "Đã có thành tích xuất sắc trong phong trào “Đoàn kết sáng tạo” năm "
            + proposal.year() + ".", width - 4 * MARGIN)) {
          PdfFonts.centred(content, regular, 14, line, width / 2, y);
          y -= 20;
        }
        y -= 10;
        PdfFonts.centred(content, regular, 13, "Quyết định số " + decision.decisionNumber() + " ngày "
            + BusinessTime.format(decision.decisionDate()), width / 2, y);

        float signX = width * 0.70f;
        float signY = 120;
        PdfFonts.centred(content, regular, 13, "Ngày " + decision.decisionDate().getDayOfMonth() + " tháng "
            + decision.decisionDate().getMonthValue() + " năm " + decision.decisionDate().getYear(), signX, signY + 40);
        PdfFonts.centred(content, bold, 13, "TM. BAN THƯỜNG TRỰC", signX, signY + 20);
        PdfFonts.centred(content, regular, 11, "Số vào sổ: " + proposal.id(), width * 0.25f, signY);

        if (decision.revokedAt() != null) {
          content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
          PdfFonts.centred(content, bold, 48, "ĐÃ THU HỒI", width / 2, height / 2 - 10);
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được giấy chứng nhận của hồ sơ số " + proposal.id(), e);
    }
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }
}
