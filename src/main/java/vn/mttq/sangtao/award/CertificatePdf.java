package vn.mttq.sangtao.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.document.IssuerNames;
import vn.mttq.sangtao.shared.document.OfficialHeading;
import vn.mttq.sangtao.shared.document.PdfFonts;
import vn.mttq.sangtao.shared.security.PersonNames;

/**
 * The certificate of a granted award (A4 landscape, Vietnamese, Times-like Liberation Serif embedded): the deciding
 * committee's heading and the national motto, the form of award, the nominee and what for; at the foot the decision's
 * number and date and the register number, and the place and date, "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", room to sign
 * and the name of the leader who decided; "ĐÃ THU HỒI" across a revoked one.
 */
@Component
class CertificatePdf {

  private static final float MARGIN = 56;

  private final IdentityService identityService;

  CertificatePdf(IdentityService identityService) {
    this.identityService = identityService;
  }

  byte[] render(AwardProposalView proposal) {
    AwardProposalView.Decision decision = proposal.decision();
    String signer = PersonNames.of(identityService, decision.decidedBy());
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
        List<String> body = OfficialHeading.bodyLines(decision.decidingUnitName());
        for (int i = 0; i < body.size(); i++) {
          PdfFonts.centred(content, i == body.size() - 1 ? bold : regular, 12, body.get(i), left, y - 16 * i);
        }
        PdfFonts.centred(content, bold, 12, OfficialHeading.MOTTO_1, right, y);
        PdfFonts.centred(content, bold, 12, OfficialHeading.MOTTO_2, right, y - 16);

        y -= 96;
        PdfFonts.centred(content, bold, 36, IssuerNames.upper(decision.awardFormName()), width / 2, y);
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

        // the foot: the register number and the decision on the left; place, date and the signature on the right
        float signX = width * 0.70f;
        float signY = 178;
        PdfFonts.centred(content, regular, 13, IssuerNames.place(decision.decidingUnitName()) + ", "
            + OfficialHeading.longDate(decision.decisionDate()), signX, signY);
        PdfFonts.centred(content, bold, 13, OfficialHeading.ON_BEHALF, signX, signY - 18);
        PdfFonts.centred(content, bold, 13, OfficialHeading.CHAIR, signX, signY - 34);
        if (signer != null) {
          PdfFonts.centred(content, bold, 14, signer, signX, signY - 110);
        }
        PdfFonts.centred(content, regular, 12, "Quyết định số " + decision.decisionNumber() + " ngày "
            + BusinessTime.format(decision.decisionDate()), width * 0.27f, signY - 34);
        PdfFonts.centred(content, regular, 11, "Số vào sổ: " + proposal.id(), width * 0.27f, signY - 52);

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
}
