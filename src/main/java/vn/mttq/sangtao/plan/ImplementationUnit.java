package vn.mttq.sangtao.plan;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.unit.UnitGroups;

/**
 * The recipient unit of an implementation, read by the {@code planImplementation} model
 * ({@code ${implementationUnit.staff(implementationId)}}): the instance carries only the implementation's id.
 */
@Component("implementationUnit")
public class ImplementationUnit {

  private final PlanCascadeService cascade;

  ImplementationUnit(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  /** The unit's code, which issues the unit's own plan when it has recipients of its own. */
  public String code(Long implementationId) {
    return cascade.implementation(implementationId).unitCode();
  }

  /** The group of the unit's staff, who get the unit's tasks. */
  public String staff(Long implementationId) {
    return UnitGroups.staff(code(implementationId));
  }
}
