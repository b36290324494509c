package vn.mttq.sangtao.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the unit tree: a Front committee, a member organisation or a body that receives for information. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "type_code")
  private UnitType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Unit() {
  }

  public Unit(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Applies imported values; returns whether anything changed. */
  boolean update(String name, UnitType type, Unit parent, LocalDate validFrom, LocalDate validTo, Instant now) {
    boolean changed = !name.equals(this.name)
        || this.type == null || !type.getCode().equals(this.type.getCode())
        || !sameUnit(parent, this.parent)
        || !java.util.Objects.equals(validFrom, this.validFrom)
        || !java.util.Objects.equals(validTo, this.validTo);
    if (changed) {
      this.name = name;
      this.type = type;
      this.parent = parent;
      this.validFrom = validFrom;
      this.validTo = validTo;
      this.updatedAt = now;
    }
    return changed;
  }

  private static boolean sameUnit(Unit a, Unit b) {
    return a == null ? b == null : b != null && a.getCode().equals(b.getCode());
  }

  /** Whether the unit exists on the given day (bounds inclusive; an open bound is unlimited). */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitType getType() {
    return type;
  }

  public Unit getParent() {
    return parent;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
