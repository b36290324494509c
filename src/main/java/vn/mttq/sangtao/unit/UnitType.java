package vn.mttq.sangtao.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A kind of unit. Reference data: logic reads the flags, never the code. */
@Entity
@Immutable
@Table(name = "unit_type")
class UnitType {

  @Id
  private String code;

  private String name;

  @Column(name = "sort_order")
  private int sortOrder;

  @Column(name = "front_committee")
  private boolean frontCommittee;

  @Column(name = "member_organisation")
  private boolean memberOrganisation;

  @Column(name = "information_only")
  private boolean informationOnly;

  @Column(name = "has_accounts")
  private boolean hasAccounts;

  @Column(name = "reviews_initiatives")
  private boolean reviewsInitiatives;

  @Column(name = "grassroots")
  private boolean grassroots;

  protected UnitType() {
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isFrontCommittee() {
    return frontCommittee;
  }

  public boolean isMemberOrganisation() {
    return memberOrganisation;
  }

  public boolean isInformationOnly() {
    return informationOnly;
  }

  /** A committee that receives initiatives and names councils to judge them. */
  public boolean reviewsInitiatives() {
    return reviewsInitiatives;
  }

  /** The grassroots level (commune, ward): the place people choose on the public page. */
  public boolean isGrassroots() {
    return grassroots;
  }

  public boolean hasAccounts() {
    return hasAccounts;
  }
}
