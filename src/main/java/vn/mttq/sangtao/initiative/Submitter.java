package vn.mttq.sangtao.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who sent an initiative from the public page: a name and a telephone number or an e-mail address to reach them, and
 * the hash of the secret that lets only them send a supplement. Staff who submit for an author leave it empty.
 */
@Embeddable
class Submitter {

  static final Submitter NONE = new Submitter();

  @Column(name = "submitter_name")
  private String name;

  @Column(name = "submitter_phone")
  private String phone;

  @Column(name = "submitter_email")
  private String email;

  @Column(name = "supplement_secret_hash")
  private String secretHash;

  protected Submitter() {
  }

  Submitter(String name, String phone, String email, String secretHash) {
    this.name = name;
    this.phone = phone;
    this.email = email;
    this.secretHash = secretHash;
  }

  Submitter withSecretHash(String hash) {
    return new Submitter(name, phone, email, hash);
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  String secretHash() {
    return secretHash;
  }
}
