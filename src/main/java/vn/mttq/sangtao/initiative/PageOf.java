package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of a list: its items, the total, and where it is. */
record PageOf<T>(List<T> items, long total, int page, int size) {

  static <T> PageOf<T> of(Page<T> page) {
    return new PageOf<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
  }
}
