package vn.mttq.sangtao.unit;

import java.time.LocalDate;

/** A unit reduced to what the import rules need: its place in the tree and its validity. */
record UnitNode(String code, String parentCode, LocalDate validFrom, LocalDate validTo) {
}
