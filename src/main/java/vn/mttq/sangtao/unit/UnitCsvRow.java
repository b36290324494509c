package vn.mttq.sangtao.unit;

/** One data line of a unit CSV, as text; {@code line} is the line number a person sees in an editor. */
record UnitCsvRow(long line, String code, String name, String type, String parentCode, String validFrom,
    String validTo) {
}
