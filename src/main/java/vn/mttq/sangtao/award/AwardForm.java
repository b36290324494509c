package vn.mttq.sangtao.award;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A form of award (Biểu dương, Giấy khen, …) and the unit types whose committees or organisations may grant it. */
@Entity
@Table(name = "award_form")
class AwardForm {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private Integer sortOrder;

  @Column(name = "granting_types", nullable = false)
  private String grantingTypes;

  protected AwardForm() {
  }

  /** A form as its row says (the rows come from V8__awards.sql). */
  AwardForm(String code, String name, int sortOrder, String grantingTypes) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
    this.grantingTypes = grantingTypes;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  /** The unit type codes that may decide this award. */
  public Set<String> grantingTypes() {
    return Arrays.stream(grantingTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
