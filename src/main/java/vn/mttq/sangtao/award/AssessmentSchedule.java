package vn.mttq.sangtao.award;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the yearly assessment opens and who holds it; read by the model's timer as {@code assessmentSchedule}.
 * By default on 20 November at 08:00, after the annual reports ("trước ngày 13/11") are in, by every provincial
 * committee (seed 001 II.6: "Hằng năm … cấp tỉnh đánh giá").
 */
@Component("assessmentSchedule")
public class AssessmentSchedule {

  private final String cycle;
  private final List<String> unitTypes;

  AssessmentSchedule(@Value("${sangtao.assessment.cycle:0 0 8 20 11 ?}") String cycle,
      @Value("${sangtao.assessment.unit-types:PROVINCE}") String unitTypes) {
    this.cycle = cycle;
    this.unitTypes = Arrays.stream(unitTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A cron expression (seconds minutes hours day month weekday), in the server's time zone. */
  public String cycle() {
    return cycle;
  }

  public List<String> unitTypes() {
    return unitTypes;
  }
}
