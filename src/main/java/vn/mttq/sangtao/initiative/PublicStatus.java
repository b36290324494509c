package vn.mttq.sangtao.initiative;

import java.time.LocalDate;

/** What anyone holding a tracking code may see: the status, never the author's contact details. */
record PublicStatus(String trackingCode, String title, String receivingUnitName, String submittedOn,
    InitiativeStatus status, String statusLabel, String supplementRequest, LocalDate supplementDue) {
}
