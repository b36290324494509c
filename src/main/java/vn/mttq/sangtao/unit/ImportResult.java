package vn.mttq.sangtao.unit;

/** What an accepted import changed. */
public record ImportResult(int created, int updated, int unchanged, String message) {

  static ImportResult of(int created, int updated, int unchanged) {
    return new ImportResult(created, updated, unchanged, "Đã nhập " + (created + updated + unchanged)
        + " đơn vị: " + created + " mới, " + updated + " cập nhật, " + unchanged + " không đổi.");
  }
}
