package vn.mttq.sangtao.initiative;

/** The text of an initiative that the novelty search compares. */
record InitiativeText(Long id, String title, String summary, String description) {

  String searchable() {
    return title + "\n" + summary + "\n" + description;
  }
}
