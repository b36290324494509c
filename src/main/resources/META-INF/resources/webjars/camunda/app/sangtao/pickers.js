/*
 * Sáng tạo — pickers in Tasklist's forms: where a field carries codes (a unit's code, a login name, a tracking code,
 * a report's number), the person ticks or picks names instead. The choices are the application's
 * (GET /api/forms/{form}/choices, for the open task or the signed-in person's start form), each by its name with a
 * line of detail, in groups that can be ticked all at once, searchable by name with or without diacritics.
 *
 * The field itself stays in the form, hidden, and carries the codes picked (written as if typed), so the form sends
 * what it always sent and the application checks it as it always did. A code already in the field that is not among
 * the choices is shown, ticked, so that nothing is dropped without the person seeing it.
 */

/* the fields shown as pickers, by form; the first one names the form */
const FORMS = {
  draftPlan: ['issuingUnitCode', 'implementRecipients', 'reportToRecipients', 'informationRecipients'],
  buildUnitPlan: ['implementRecipients', 'reportToRecipients', 'informationRecipients'],
  nameCouncil: ['councilMembers', 'councilChair'],
  preCheckInitiative: ['earlierTrackingCode'],
  proposeAward: ['proposerUnitCode', 'nomineeUnitCode', 'recognisedInitiatives', 'appliedInitiatives',
    'stCouncilOpinions', 'reportIds']
};

/* fields whose value changes what the others offer, and the values of the radio ones by position */
const DEPENDS = ['issuingUnitCode', 'proposerUnitCode', 'nomineeUnitCode', 'nomineeKind', 'nomineeName'];
const RADIOS = { nomineeKind: ['COLLECTIVE', 'INDIVIDUAL'] };

const SEARCH_FROM = 7;

function fold(text) {
  return String(text || '').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ').trim();
}

function fieldOf(container, key) {
  return container.querySelector('input[id$="-field_' + key + '"], textarea[id$="-field_' + key + '"]');
}

function givenOf(container, key) {
  if (RADIOS[key]) {
    const checked = container.querySelector('input[type="radio"][id*="-field_' + key + '-"]:checked');
    if (!checked) {
      return '';
    }
    const index = Number(checked.id.substring(checked.id.lastIndexOf('-') + 1));
    return RADIOS[key][index] || '';
  }
  const field = fieldOf(container, key);
  return field ? field.value : '';
}

/* a start form is told by its first field; a task's form is the task's own (the application knows it) */
function formOf(container) {
  return Object.keys(FORMS).find(function (form) {
    return fieldOf(container, FORMS[form][0]);
  });
}

function fieldsOf(container) {
  const keys = [];
  Object.keys(FORMS).forEach(function (form) {
    FORMS[form].forEach(function (key) {
      if (keys.indexOf(key) < 0 && fieldOf(container, key)) {
        keys.push(key);
      }
    });
  });
  return keys;
}

function taskOf(container) {
  if (container.closest('.modal')) {
    return null;
  }
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

function valuesIn(text, picker) {
  const parts = picker.multiple ? String(text || '').split(/[,;\s]+/) : [String(text || '')];
  return parts.map(function (part) {
    return part.trim();
  }).filter(function (part) {
    return part.length > 0;
  });
}

/* writes the field as if typed, then leaves it, so that the form library takes the value at once */
function write(field, value) {
  const prototype = field.tagName === 'TEXTAREA' ? window.HTMLTextAreaElement.prototype
    : window.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new FocusEvent('blur'));
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  if (text !== undefined && text !== null) {
    made.textContent = text;
  }
  return made;
}

function render(field, key, picker) {
  /* after the field's own frame (a text field sits in a box of fixed height) */
  const frame = field.closest('.fjs-input-group') || field;
  let box = frame.parentNode.querySelector('.sangtao-picker[data-field="' + key + '"]');
  if (!box) {
    box = element('div', 'sangtao-picker');
    box.setAttribute('data-field', key);
    frame.parentNode.insertBefore(box, frame.nextSibling);
  }
  frame.style.display = 'none';
  field.style.display = 'none';
  field.setAttribute('data-sangtao-picked', 'yes');

  if (!picker.multiple && !picker.within && picker.options.length === 1 && !valuesIn(field.value, picker).length) {
    /* the only choice (a person's one unit) is picked for them */
    write(field, picker.options[0].value);
    field.dispatchEvent(new CustomEvent('sangtao-depends', { bubbles: true }));
  }
  const chosen = valuesIn(field.value, picker);
  let offered = picker.options;
  if (picker.within) {
    /* only among what another field picked (the chair among the members) */
    const other = fieldOf(field.closest('.fjs-container'), picker.within);
    const among = other ? valuesIn(other.value, { multiple: true }) : [];
    offered = offered.filter(function (option) {
      return among.indexOf(option.value) >= 0;
    });
  }
  const known = offered.map(function (option) {
    return option.value;
  });
  /* drawn again only when what it shows changed: a person typing in its search keeps the box */
  const signature = JSON.stringify([field.value, known]);
  if (box.getAttribute('data-signature') === signature && box.firstChild) {
    return;
  }
  box.setAttribute('data-signature', signature);
  const search = box.querySelector('.sangtao-picker-search');
  const searched = search ? search.value : '';
  const searching = search && document.activeElement === search;
  box.textContent = '';
  const options = offered.slice();
  chosen.filter(function (value) {
    return known.indexOf(value) < 0;
  }).forEach(function (value) {
    options.push({ value: value, label: value, detail: 'không có trong danh sách', group: null, search: fold(value) });
  });

  if (!options.length) {
    box.appendChild(element('p', 'sangtao-picker-empty', picker.emptyNote
      || (picker.within ? 'Hãy chọn ở trên trước.' : 'Không có gì để chọn.')));
    return;
  }

  function save(values) {
    const ordered = options.map(function (option) {
      return option.value;
    }).filter(function (value) {
      return values.indexOf(value) >= 0;
    });
    write(field, picker.multiple ? ordered.join(picker.separator) : (ordered[0] || ''));
    render(field, key, picker);
    /* what the other pickers offer may follow from this one */
    field.dispatchEvent(new CustomEvent('sangtao-depends', { bubbles: true }));
  }

  let input = null;
  if (options.length >= SEARCH_FROM) {
    input = element('input', 'form-control sangtao-picker-search');
    input.type = 'search';
    input.placeholder = 'Tìm theo tên (gõ có dấu hoặc không dấu)';
    input.value = searched;
    box.appendChild(input);
  }
  const refocus = searching ? input : null;

  const summary = element('div', 'sangtao-picker-summary');
  if (picker.multiple) {
    summary.textContent = chosen.length ? 'Đã chọn ' + chosen.length + ' trong ' + options.length + '.'
      : (picker.emptyNote || 'Chưa chọn.');
  } else {
    const one = options.find(function (option) {
      return option.value === chosen[0];
    });
    summary.textContent = one ? 'Đã chọn: ' + one.label + '.' : 'Chưa chọn.';
  }
  box.appendChild(summary);

  const list = element('div', 'sangtao-picker-list');
  box.appendChild(list);
  const name = 'sangtao-' + key + '-' + Math.random().toString(36).slice(2);
  const rows = [];
  let group = undefined;
  options.forEach(function (option) {
    if (option.group !== group) {
      group = option.group;
      if (group) {
        const heading = element('div', 'sangtao-picker-group');
        heading.appendChild(element('span', null, group));
        if (picker.multiple && picker.wholeGroups) {
          const inGroup = options.filter(function (o) {
            return o.group === group;
          }).map(function (o) {
            return o.value;
          });
          const all = inGroup.every(function (value) {
            return chosen.indexOf(value) >= 0;
          });
          const button = element('button', 'btn btn-link btn-xs sangtao-picker-all',
            all ? 'Bỏ chọn tất cả' : 'Chọn tất cả');
          button.type = 'button';
          button.setAttribute('data-group', group);
          button.addEventListener('click', function () {
            save(all ? chosen.filter(function (value) {
              return inGroup.indexOf(value) < 0;
            }) : chosen.concat(inGroup));
          });
          heading.appendChild(button);
        }
        list.appendChild(heading);
        rows.push({ heading: heading, group: group });
      }
    }
    const row = element('label', 'sangtao-picker-option');
    const box2 = element('input');
    box2.type = picker.multiple ? 'checkbox' : 'radio';
    box2.name = name;
    box2.value = option.value;
    box2.checked = chosen.indexOf(option.value) >= 0;
    box2.addEventListener('change', function () {
      if (picker.multiple) {
        save(box2.checked ? chosen.concat([option.value]) : chosen.filter(function (value) {
          return value !== option.value;
        }));
      } else {
        save([option.value]);
      }
    });
    row.appendChild(box2);
    const text = element('span', 'sangtao-picker-label', option.label);
    row.appendChild(text);
    if (option.detail) {
      row.appendChild(element('span', 'sangtao-picker-detail', option.detail));
    }
    list.appendChild(row);
    rows.push({ row: row, option: option, group: option.group });
  });

  function filter() {
    const words = fold(input ? input.value : '').split(' ').filter(function (word) {
      return word;
    });
    const shownGroups = {};
    rows.forEach(function (entry) {
      if (entry.row) {
        const shown = words.every(function (word) {
          return (entry.option.search || fold(entry.option.label)).indexOf(word) >= 0;
        });
        entry.row.style.display = shown ? '' : 'none';
        if (shown) {
          shownGroups[entry.group] = true;
        }
      }
    });
    rows.forEach(function (entry) {
      if (entry.heading) {
        entry.heading.style.display = shownGroups[entry.group] ? '' : 'none';
      }
    });
  }
  if (input) {
    input.addEventListener('input', filter);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
    filter();
    if (refocus) {
      refocus.focus();
    }
  }
}

const loaded = new WeakMap();

function load(container) {
  const task = taskOf(container);
  const form = task ? null : formOf(container);
  if (!fieldsOf(container).length || (!task && !form)) {
    return;
  }
  const query = new URLSearchParams();
  DEPENDS.forEach(function (key) {
    const value = givenOf(container, key);
    if (value) {
      query.set(key, value);
    }
  });
  const address = (task ? '/api/tasks/' + encodeURIComponent(task) : '/api/forms/' + form) + '/choices?'
    + query.toString();
  const state = loaded.get(container);
  if (state && state.address === address) {
    if (state.pickers) {
      apply(container, state.pickers);
    }
    return;
  }
  const asked = { address: address, pickers: null };
  loaded.set(container, asked);
  fetch(address, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (answer) {
    return answer.ok ? answer.json() : null;
  }).then(function (pickers) {
    if (pickers && loaded.get(container) === asked) {
      asked.pickers = pickers;
      apply(container, pickers);
    }
  }).catch(function () {
    /* without choices the fields stay as they are, to be typed */
  });
}

function apply(container, pickers) {
  fieldsOf(container).forEach(function (key) {
    const field = fieldOf(container, key);
    const picker = pickers[key];
    if (field && picker) {
      render(field, key, picker);
    } else if (field && field.getAttribute('data-sangtao-picked')) {
      // no choices any more (the issuing unit was changed to none): the field is typed again
      const frame = field.closest('.fjs-input-group') || field;
      frame.style.display = '';
      field.style.display = '';
      field.removeAttribute('data-sangtao-picked');
      const box = frame.parentNode.querySelector('.sangtao-picker[data-field="' + key + '"]');
      if (box) {
        box.remove();
      }
    }
  });
}

let pending = null;

function scan() {
  document.querySelectorAll('.fjs-container').forEach(load);
}

function soon() {
  clearTimeout(pending);
  pending = setTimeout(scan, 150);
}

new MutationObserver(function (changes) {
  const relevant = changes.some(function (change) {
    const target = change.target;
    return target && target.closest && target.closest('.fjs-container') && !target.closest('.sangtao-picker');
  });
  const added = changes.some(function (change) {
    return Array.prototype.some.call(change.addedNodes, function (node) {
      return node.nodeType === 1 && (node.matches('.fjs-container') || node.querySelector('.fjs-container'));
    });
  });
  if (relevant || added) {
    soon();
  }
}).observe(document.documentElement, { childList: true, subtree: true });

/* a change of the issuing unit, the proposer or the nominee asks again what the other fields offer */
document.addEventListener('sangtao-depends', soon, true);
document.addEventListener('change', function (event) {
  const target = event.target;
  if (target && target.closest && target.closest('.fjs-container') && !target.closest('.sangtao-picker')) {
    soon();
  }
}, true);
document.addEventListener('focusout', function (event) {
  const target = event.target;
  if (target && target.closest && target.closest('.fjs-container') && !target.closest('.sangtao-picker')) {
    soon();
  }
}, true);

export default [];
