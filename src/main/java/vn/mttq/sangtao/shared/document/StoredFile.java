package vn.mttq.sangtao.shared.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file kept in the database as it passed {@link Attachments#check}: its safe name, the type judged from its bytes,
 * its size, SHA-256 and content (the columns {@code file_name}, {@code content_type}, {@code size_bytes},
 * {@code sha256}, {@code content} of the table that holds it).
 */
@Embeddable
public class StoredFile {

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private byte[] content;

  protected StoredFile() {
  }

  public StoredFile(Attachments.Checked file) {
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }
}
