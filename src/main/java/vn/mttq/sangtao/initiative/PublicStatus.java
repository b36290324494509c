package vn.mttq.sangtao.initiative;

import java.time.LocalDate;

/**
 * What anyone holding a tracking code may see: the status, never the author's contact details. An initiative found
 * not new names the one it repeats ({@code repeats}: "Trùng với sáng kiến «…» (mã SK-…)"), with the address of its
 * entry in the public registry when that one is recognised.
 */
record PublicStatus(String trackingCode, String title, String receivingUnitName, String submittedOn,
    InitiativeStatus status, String statusLabel, String supplementRequest, LocalDate supplementDue,
    String repeats, String repeatsTrackingCode, String repeatsRegistryLink) {

  /** The public registry's page for one recognised initiative. */
  static String registryLink(String trackingCode) {
    return "/sang-kien/cong-nhan.html?ma=" + trackingCode;
  }
}
