/*
 * Sáng tạo — Camunda Forms in Tasklist as Vietnamese staff read them, whatever language the computer is set to:
 * - dates typed and shown day first, dd/MM/yyyy, with a Vietnamese calendar. The form library takes the date
 *   pattern from the browser's default locale (Intl.DateTimeFormat() without a locale): a computer set to English
 *   (United States) typed 07/06/2024 as 6 July. Asked without a locale or options, Intl answers for Vietnam here.
 * - the form library's own English texts ("Field is required.", "Select") in Vietnamese.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;
const DAY_FIRST = { day: '2-digit', month: '2-digit', year: 'numeric' };

function inVietnamese(args) {
  const [locales, options] = args;
  const unspecified = locales === undefined || locales === 'default';
  return unspecified && options === undefined ? ['vi-VN', DAY_FIRST] : args;
}

Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
  construct(target, args) {
    return new target(...inVietnamese(args));
  },
  apply(target, self, args) {
    return target(...inVietnamese(args));
  }
});

const CALENDAR = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để thay đổi',
  toggleTitle: 'Bấm để chuyển',
  amPM: ['SA', 'CH'],
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

/* The calendar of a date field opens when the field takes the focus; it speaks Vietnamese from its first opening. */
document.addEventListener('focus', function (event) {
  const picker = event.target && event.target._flatpickr;
  if (picker && !picker.sangtaoVietnamese) {
    picker.sangtaoVietnamese = true;
    picker.set('locale', CALENDAR);
  }
}, true);

const TEXTS = [
  [/^Field is required\.$/, 'Trường này bắt buộc phải điền.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, 'Tối đa $1 ký tự.'],
  [/^Field must match pattern .+\.$/, 'Giá trị chưa đúng dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, 'Số điện thoại không hợp lệ (ví dụ +84912345678).'],
  [/^Date and time must both be entered\.$/, 'Cần nhập cả ngày và giờ.'],
  [/^Select$/, 'Chọn'],
  [/^Search$/, 'Tìm'],
  [/^All values selected$/, 'Đã chọn tất cả'],
  [/^Nothing to show\.$/, 'Không có gì để hiển thị.'],
  [/^Date$/, 'Ngày'],
  [/^Time$/, 'Giờ']
];

function translated(text) {
  const trimmed = text.trim();
  for (const [english, vietnamese] of TEXTS) {
    if (english.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(english, vietnamese));
    }
  }
  return null;
}

function translate(form) {
  const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const vietnamese = translated(node.nodeValue);
    if (vietnamese !== null) {
      node.nodeValue = vietnamese;
    }
  }
  form.querySelectorAll('[placeholder]').forEach(function (input) {
    const vietnamese = translated(input.getAttribute('placeholder'));
    if (vietnamese !== null) {
      input.setAttribute('placeholder', vietnamese);
    }
  });
}

/* Each form a batch of changes touched, translated once: the form the change is in, or the forms it brought. */
new MutationObserver(function (changes) {
  const forms = new Set();
  changes.forEach(function (change) {
    const target = change.type === 'characterData' ? change.target.parentElement : change.target;
    const form = target && target.closest ? target.closest('.fjs-container') : null;
    if (form) {
      forms.add(form);
    } else if (target && target.querySelectorAll) {
      target.querySelectorAll('.fjs-container').forEach(function (inside) {
        forms.add(inside);
      });
    }
  });
  forms.forEach(translate);
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
