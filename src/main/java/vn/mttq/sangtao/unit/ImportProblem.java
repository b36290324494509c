package vn.mttq.sangtao.unit;

/** A reason a line of an import was refused, in Vietnamese, with the line it is about (0 for the whole file). */
record ImportProblem(long line, String message) {

  public static ImportProblem ofFile(String message) {
    return new ImportProblem(0, message);
  }

  /** The message as a person reads it, with its line. */
  public String text() {
    return line > 0 ? "Dòng " + line + ": " + message : message;
  }
}
