package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UnitCsvReaderTest {

  @Test
  void readsQuotedNamesAndSkipsTheByteOrderMarkAndBlankLines() {
    String csv = "\uFEFFcode,name,type,parentCode,validFrom,validTo\r\n"
        + "\r\n"
        + "dn-tn-vp,\"Văn phòng, Ban TC-TG\",FRONT_BODY,dn-tn,,\r\n";

    UnitCsvReader.Result result = UnitCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new UnitCsvRow(3, "dn-tn-vp", "Văn phòng, Ban TC-TG", "FRONT_BODY", "dn-tn", "", ""));
  }

  @Test
  void refusesAWrongHeader() {
    UnitCsvReader.Result result = UnitCsvReader.read("ma,ten\nx,y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).extracting(ImportProblem::text).containsExactly(
        "Dòng 1: tiêu đề cột phải là «code,name,type,parentCode,validFrom,validTo», tệp có «ma,ten».");
  }

  @Test
  void namesLinesWithTheWrongNumberOfColumns() {
    String csv = "code,name,type,parentCode,validFrom,validTo\na,Đơn vị A,COMMUNE,,,\nb,Đơn vị B\n";

    UnitCsvReader.Result result = UnitCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).extracting(ImportProblem::text).containsExactly(
        "Dòng 3: cần 6 cột (code,name,type,parentCode,validFrom,validTo), dòng này có 2 cột.");
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] windows1258 = "code,name,type,parentCode,validFrom,validTo\na,X\u00e3 A,COMMUNE,,,\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(UnitCsvReader.read(windows1258).problems()).extracting(ImportProblem::text)
        .containsExactly("Tệp không phải văn bản UTF-8. Hãy lưu tệp CSV với bảng mã UTF-8.");
  }

  @Test
  void refusesAFileWhoseBytesStopBeingUtf8FarIntoIt() {
    StringBuilder csv = new StringBuilder("code,name,type,parentCode,validFrom,validTo\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("x").append(i).append(",Ủy ban MTTQ xã ").append(i).append(",COMMUNE,,,\n");
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] latin = "y,X\u00e3 Y,COMMUNE,,,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] withALatinLine = java.util.Arrays.copyOf(good, good.length + latin.length);
    System.arraycopy(latin, 0, withALatinLine, good.length, latin.length);

    assertThat(UnitCsvReader.read(good).rows()).hasSize(5_000).last()
        .isEqualTo(new UnitCsvRow(5_001, "x4999", "Ủy ban MTTQ xã 4999", "COMMUNE", "", "", ""));
    UnitCsvReader.Result refused = UnitCsvReader.read(withALatinLine);
    assertThat(refused.problems()).extracting(ImportProblem::text)
        .containsExactly("Tệp không phải văn bản UTF-8. Hãy lưu tệp CSV với bảng mã UTF-8.");
    assertThat(refused.rows()).isEmpty();
  }

  @Test
  void aFileOfSpacesAndLineBreaksIsEmpty() {
    assertThat(UnitCsvReader.read("  \r\n \n\n   ".getBytes(StandardCharsets.UTF_8)).problems())
        .extracting(ImportProblem::text)
        .containsExactly("Tệp rỗng: cần dòng tiêu đề code,name,type,parentCode,validFrom,validTo và ít nhất một"
            + " dòng dữ liệu.");
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() {
    assertThat(UnitCsvReader.read(new byte[0]).problems()).extracting(ImportProblem::text)
        .containsExactly("Tệp rỗng: cần dòng tiêu đề code,name,type,parentCode,validFrom,validTo và ít nhất một"
            + " dòng dữ liệu.");
    assertThat(UnitCsvReader.read("code,name,type,parentCode,validFrom,validTo\n".getBytes(StandardCharsets.UTF_8))
        .problems()).extracting(ImportProblem::text)
        .containsExactly("Tệp không có dòng dữ liệu nào sau dòng tiêu đề.");
  }
}
