package vn.mttq.sangtao.report;

/** A unit submitted a report, on time or late (published in the submission's transaction). */
public record ReportSubmitted(Long reportId, boolean late) {
}
