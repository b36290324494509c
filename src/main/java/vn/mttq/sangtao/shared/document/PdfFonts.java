package vn.mttq.sangtao.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of our PDF documents: Liberation Serif (metrically Times New Roman, as Vietnamese administrative documents
 * are set), embedded with every Vietnamese letter, and the few ways we set a line of text.
 */
public final class PdfFonts {

  private static final String BASE = "/com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-";

  public final PDFont regular;
  public final PDFont bold;
  public final PDFont italic;

  private PdfFonts(PDFont regular, PDFont bold, PDFont italic) {
    this.regular = regular;
    this.bold = bold;
    this.italic = italic;
  }

  /** Loads the fonts into the document (as subsets: only the letters used are embedded). */
  public static PdfFonts load(PDDocument doc) throws IOException {
    return new PdfFonts(font(doc, "Regular"), font(doc, "Bold"), font(doc, "Italic"));
  }

  private static PDFont font(PDDocument doc, String style) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(BASE + style + ".ttf")) {
      if (in == null) {
        throw new IOException("Thiếu phông chữ Liberation Serif " + style);
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  public static float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Writes a line with its left end at {@code x}. */
  public static void left(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** Writes a line centred on {@code centreX}. */
  public static void centred(PDPageContentStream content, PDFont font, float size, String text, float centreX,
      float y) throws IOException {
    left(content, font, size, text, centreX - width(font, size, text) / 2, y);
  }

  /** Breaks a text into lines no wider than {@code maxWidth}, between words. */
  public static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) > maxWidth && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
