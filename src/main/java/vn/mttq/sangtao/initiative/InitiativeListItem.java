package vn.mttq.sangtao.initiative;

/** An initiative in a list or the public registry: what it is and where it stands, no contact details. */
record InitiativeListItem(Long id, String trackingCode, String title, String summary, ContentArea contentArea,
    String contentAreaLabel, AuthorKind authorKind, String authorNames, String authorUnitName,
    String receivingUnitCode, String receivingUnitName, InitiativeStatus status, String statusLabel, int year,
    String decidedOn, long applications) {
}
