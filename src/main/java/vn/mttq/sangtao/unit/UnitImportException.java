package vn.mttq.sangtao.unit;

import java.util.List;

import vn.mttq.sangtao.shared.web.BadInputException;

/** An import refused whole, with every problem found. */
class UnitImportException extends BadInputException {

  private final transient List<ImportProblem> problems;

  public UnitImportException(List<ImportProblem> problems) {
    super("Không nhập được danh sách đơn vị: " + problems.size() + " lỗi, chưa có thay đổi nào được lưu.");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }

  @Override
  public Object details() {
    return problems.stream().map(p -> new Detail(p.line(), p.text())).toList();
  }

  record Detail(long line, String message) {
  }
}
