package vn.mttq.sangtao.shared.process;

import java.util.List;

import vn.mttq.sangtao.shared.Folding;

/**
 * The choices of one form field as Tasklist shows them: a list to tick (several) or to pick one from, each choice by
 * its name with a line of detail, in groups that can be ticked all at once, searchable by name with or without
 * diacritics.
 *
 * @param multiple whether several may be picked
 * @param separator how the field joins several values (", " for unit codes, a line break for login names)
 * @param emptyNote what picking nothing means ("… gửi tới tất cả các đơn vị bên dưới"), or null
 * @param options the choices, in the order shown
 * @param within the field whose picked values limit this one's choices (the chair among the members), or null
 * @param wholeGroups whether a group can be ticked at once ("Chọn tất cả" the member organisations; not people)
 */
public record Picker(boolean multiple, String separator, String emptyNote, List<Choice> options, String within,
    boolean wholeGroups) {

  public Picker {
    options = List.copyOf(options);
  }

  public static Picker one(List<Choice> options) {
    return new Picker(false, "", null, options, null, false);
  }

  /** The same, without ticking a whole group at once (people are picked one by one). */
  public Picker oneByOne() {
    return new Picker(multiple, separator, emptyNote, options, within, false);
  }

  /** One of what the other field picked. */
  public static Picker oneOf(String within, List<Choice> options) {
    return new Picker(false, "", null, options, within, false);
  }

  public static Picker several(String separator, String emptyNote, List<Choice> options) {
    return new Picker(true, separator, emptyNote, options, null, true);
  }

  /**
   * One choice.
   *
   * @param value what the field carries (a unit code, a login name, a tracking code, a report number)
   * @param label its name as people know it
   * @param detail a line that tells two alike apart (a person's unit, an initiative's status), or null
   * @param group the heading it is listed under, or null
   * @param search its label and detail folded (lower case, no diacritics, "đ" as "d"), to match what is typed
   */
  public record Choice(String value, String label, String detail, String group, String search) {

    public static Choice of(String value, String label, String detail, String group) {
      return new Choice(value, label, detail, group,
          Folding.fold(label + " " + (detail == null ? "" : detail) + " " + value));
    }
  }
}
