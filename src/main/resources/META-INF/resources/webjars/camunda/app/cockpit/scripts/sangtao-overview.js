/*
 * Sáng tạo — the supervisor's overview in Cockpit ("Tổng quan phong trào", #/tong-quan): for a plan's reporting
 * period, the units under the supervisor's unit on time, late and missing, and the initiatives submitted and
 * recognised there, with a chart per direct subordinate. Reads /api/overview with the Cockpit sign-in.
 *
 * And "Tìm hồ sơ" (#/tim-ho-so): the process instances of a plan by its number as written ("12/KH") or of a unit by
 * its name, with or without diacritics, running and finished alike, each with its state, its dates in Vietnam's time
 * and its open tasks; a running one opens in Cockpit (/api/overview/instances, the supervisor's own line only).
 *
 * And on Cockpit's "Công việc" page, the open tasks per group of the supervisor's line (/api/overview/task-groups)
 * in place of the engine's report of every group, which only who reads every task may read.
 */
const PATH = '/tong-quan';
const LABEL = 'Tổng quan phong trào';
const COLOURS = {onTime: '#15803d', late: '#d97706', missing: '#b91c1c'};
const STATES = [['onTime', 'Đúng hạn'], ['late', 'Nộp muộn'], ['missing', 'Chưa nộp']];

/** The application's root: the webapps live under it at their own path ("/camunda" unless configured). */
function appRoot() {
  const base = document.querySelector('base');
  const webapps = (base && base.getAttribute('app-root')) || '';
  return webapps.replace(/\/[^/]*\/?$/, '');
}

function escape(text) {
  return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
  });
}

function day(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-');
  return d + '/' + m + '/' + y;
}

async function read(path, params) {
  const query = new URLSearchParams();
  Object.keys(params).forEach(function (key) {
    if (params[key] !== undefined && params[key] !== null && params[key] !== '') {
      query.set(key, params[key]);
    }
  });
  const response = await fetch(appRoot() + path + '?' + query, {credentials: 'same-origin',
    headers: {Accept: 'application/json'}});
  const body = await response.json().catch(function () {
    return {};
  });
  if (!response.ok) {
    const problems = (body.problems || body.errors || []).join(' ');
    throw new Error([body.detail || body.title || ('Lỗi ' + response.status), problems].join(' ').trim());
  }
  return body;
}

function tile(figure, value, label, colour) {
  return '<div class="sangtao-tile" data-figure="' + figure + '"' + (colour ? ' style="border-color:' + colour + '"' : '')
    + '><span class="sangtao-value">' + value + '</span><span class="sangtao-label">' + label + '</span></div>';
}

/** Stacked bars, one per direct subordinate: on time, late, missing. */
function chart(rows) {
  if (!rows.length) {
    return '<p>Chưa có đơn vị trực thuộc nào có báo cáo kỳ này.</p>';
  }
  const barHeight = 22;
  const gap = 8;
  const labelWidth = 260;
  const width = 640;
  const max = Math.max.apply(null, rows.map(function (r) {
    return r.tally.units;
  }).concat([1]));
  let y = 0;
  let bars = '';
  rows.forEach(function (row) {
    let x = labelWidth;
    bars += '<text x="' + (labelWidth - 8) + '" y="' + (y + 15) + '" text-anchor="end">'
      + escape(row.unitName.replace(/^Ủy ban MTTQ Việt Nam /, '')) + '</text>';
    STATES.forEach(function ([key, label]) {
      const count = row.tally[key];
      if (count > 0) {
        const w = Math.max(2, Math.round(count / max * (width - labelWidth - 40)));
        bars += '<rect x="' + x + '" y="' + y + '" width="' + w + '" height="' + barHeight + '" fill="' + COLOURS[key]
          + '"><title>' + escape(row.unitName) + ': ' + count + ' ' + label.toLowerCase() + '</title></rect>';
        x += w;
      }
    });
    bars += '<text x="' + (x + 6) + '" y="' + (y + 15) + '">' + row.tally.units + '</text>';
    y += barHeight + gap;
  });
  const legend = STATES.map(function ([key, label]) {
    return '<span class="sangtao-legend"><i style="background:' + COLOURS[key] + '"></i>' + label + '</span>';
  }).join('');
  return '<svg class="sangtao-chart" role="img" aria-label="Tình hình nộp báo cáo theo đơn vị trực thuộc" width="'
    + width + '" height="' + y + '">' + bars + '</svg><div>' + legend + '</div>';
}

function table(rows, total) {
  const line = function (name, t, strong) {
    const cell = function (v) {
      return '<td>' + (strong ? '<strong>' + v + '</strong>' : v) + '</td>';
    };
    return '<tr>' + '<td>' + (strong ? '<strong>' + name + '</strong>' : escape(name)) + '</td>' + cell(t.units)
      + cell(t.onTime) + cell(t.late) + cell(t.missing) + cell(t.initiativesSubmitted)
      + cell(t.initiativesRecognised) + '</tr>';
  };
  return '<table class="table table-condensed sangtao-table"><thead><tr><th>Đơn vị</th><th>Số đơn vị</th>'
    + '<th>Đúng hạn</th><th>Nộp muộn</th><th>Chưa nộp</th><th>Sáng kiến đã gửi</th><th>Được công nhận</th></tr>'
    + '</thead><tbody>' + rows.map(function (r) {
      return line(r.unitName, r.tally, false);
    }).join('') + line('Cộng', total, true) + '</tbody></table>';
}

function unitList(title, key, lines) {
  if (!lines.length) {
    return '<h4>' + title + '</h4><p data-list="' + key + '">Không có.</p>';
  }
  return '<h4>' + title + ' (' + lines.length + ')</h4><ul data-list="' + key + '">' + lines.map(function (l) {
    return '<li>' + escape(l.unitName) + ' <small>(' + escape(l.parentName) + ')</small> — ' + escape(l.situation)
      + '</li>';
  }).join('') + '</ul>';
}

function showOverview(target, o) {
  const t = o.total;
  const consolidated = appRoot() + '/api/reports/consolidated.xlsx?' + new URLSearchParams({unit: o.unitCode,
    period: o.period, year: o.year});
  target.innerHTML = '<h3 class="sangtao-period">' + escape(o.periodLabel) + ' — KH số ' + escape(o.planNumber)
    + '</h3><p>' + escape(o.planTitle) + '. Hạn nộp: ngày ' + day(o.dueDate) + '. Sáng kiến tính từ ngày '
    + day(o.from) + ' đến ngày ' + day(o.to) + ', trong toàn bộ ' + escape(o.unitName) + '.</p>'
    + '<div class="sangtao-tiles">' + tile('units', t.units, 'Đơn vị phải báo cáo')
    + tile('onTime', t.onTime, 'Đúng hạn', COLOURS.onTime) + tile('late', t.late, 'Nộp muộn', COLOURS.late)
    + tile('missing', t.missing, 'Chưa nộp', COLOURS.missing)
    + tile('initiativesSubmitted', t.initiativesSubmitted, 'Sáng kiến đã gửi')
    + tile('initiativesRecognised', t.initiativesRecognised, 'Sáng kiến được công nhận') + '</div>'
    + '<h4>Theo đơn vị trực thuộc</h4>' + chart(o.rows) + table(o.rows, t)
    + unitList('Đơn vị nộp muộn', 'late', o.late) + unitList('Đơn vị chưa nộp', 'missing', o.missing)
    + '<p><a href="' + consolidated + '">Tải báo cáo tổng hợp của ' + escape(o.unitName) + ' (.xlsx)</a></p>';
}

const STYLE = '.sangtao-overview{padding:15px 20px;max-width:1100px}'
  + '.sangtao-tiles{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}'
  + '.sangtao-tile{border:2px solid #d4d4d8;border-radius:6px;padding:8px 14px;min-width:140px}'
  + '.sangtao-value{display:block;font-size:26px;font-weight:600}.sangtao-label{color:#52525b}'
  + '.sangtao-chart text{font-size:12px;fill:#27272a}.sangtao-legend{margin-right:14px}'
  + '.sangtao-legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}'
  + '.sangtao-overview select{margin:0 16px 0 6px;max-width:480px}.sangtao-error{color:#b91c1c}';

async function renderOverview(node) {
  node.innerHTML = '<style>' + STYLE + '</style><div class="sangtao-overview"><h2>' + LABEL
    + ' «Đoàn kết sáng tạo»</h2><form class="form-inline"><label>Đơn vị<select name="unit" class="form-control">'
    + '</select></label><label>Kỳ báo cáo<select name="period" class="form-control"></select></label></form>'
    + '<div class="sangtao-result"><p>Đang tải…</p></div></div>';
  const unitSelect = node.querySelector('select[name=unit]');
  const periodSelect = node.querySelector('select[name=period]');
  const result = node.querySelector('.sangtao-result');
  const fail = function (error) {
    result.innerHTML = '<p class="sangtao-error">' + escape(error.message) + '</p>';
  };
  let periods = [];
  const showPeriod = async function () {
    const chosen = periods[periodSelect.selectedIndex];
    if (!chosen) {
      result.innerHTML = '<p>Chưa có kỳ báo cáo nào dưới đơn vị này.</p>';
      return;
    }
    result.innerHTML = '<p>Đang tải…</p>';
    try {
      showOverview(result, await read('/api/overview', {unit: unitSelect.value, plan: chosen.planId,
        period: chosen.period, year: chosen.year}));
    } catch (error) {
      fail(error);
    }
  };
  const loadChoices = async function (unit) {
    try {
      const choices = await read('/api/overview/choices', {unit: unit});
      unitSelect.innerHTML = choices.units.map(function (u) {
        return '<option value="' + escape(u.code) + '"' + (u.code === choices.unitCode ? ' selected' : '') + '>'
          + escape(u.name) + '</option>';
      }).join('');
      if (!choices.units.some(function (u) {
        return u.code === choices.unitCode;
      })) {
        unitSelect.insertAdjacentHTML('afterbegin', '<option value="' + escape(choices.unitCode) + '" selected>'
          + escape(choices.unitCode) + '</option>');
      }
      periods = choices.periods;
      periodSelect.innerHTML = periods.map(function (p) {
        return '<option>KH số ' + escape(p.planNumber) + ' — ' + escape(p.label) + ' (hạn ' + day(p.dueDate)
          + ')</option>';
      }).join('');
      await showPeriod();
    } catch (error) {
      fail(error);
    }
  };
  unitSelect.addEventListener('change', function () {
    loadChoices(unitSelect.value);
  });
  periodSelect.addEventListener('change', showPeriod);
  await loadChoices(new URLSearchParams(window.location.hash.split('?')[1] || '').get('unit'));
}

const SEARCH_PATH = '/tim-ho-so';
const SEARCH_LABEL = 'Tìm hồ sơ';

function results(answer) {
  if (!answer.instances.length) {
    return '<p class="sangtao-read-as">' + escape(answer.readAs) + '</p><p class="sangtao-none">Không tìm thấy hồ sơ'
      + ' nào.</p>';
  }
  return '<p class="sangtao-read-as">' + escape(answer.readAs) + '</p>'
    + '<table class="table table-condensed sangtao-found"><thead><tr><th>Hồ sơ</th><th>Quy trình</th><th>Đơn vị</th>'
    + '<th>Tình trạng</th><th>Bắt đầu</th><th>Kết thúc</th><th>Việc đang mở</th></tr></thead><tbody>'
    + answer.instances.map(function (i) {
      const key = escape(i.businessKey);
      return '<tr data-instance="' + escape(i.instanceId) + '"><td>' + (i.cockpitLink ? '<a href="'
        + escape(i.cockpitLink) + '">' + key + '</a>' : key) + '</td><td>' + escape(i.processName) + '</td><td>'
        + escape(i.unitName) + '</td><td>' + escape(i.state) + '</td><td>' + escape(i.startedAt) + '</td><td>'
        + escape(i.endedAt || '') + '</td><td>' + i.openTasks + '</td></tr>';
    }).join('') + '</tbody></table>' + (answer.more ? '<p>Còn nữa: hãy tìm cụ thể hơn.</p>' : '');
}

function renderSearch(node) {
  node.innerHTML = '<div class="sangtao-search" style="padding:15px 20px;max-width:1200px"><h2>' + SEARCH_LABEL + '</h2>'
    + '<form class="form-inline"><label>Số kế hoạch hoặc tên đơn vị '
    + '<input type="search" name="q" class="form-control" style="width:360px" '
    + 'placeholder="ví dụ: 12/KH hoặc long khanh"></label> '
    + '<button type="submit" class="btn btn-primary">Tìm</button></form><div class="sangtao-results"></div></div>';
  const form = node.querySelector('form');
  const input = node.querySelector('input[name=q]');
  const target = node.querySelector('.sangtao-results');
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    target.innerHTML = '<p>Đang tìm…</p>';
    try {
      const response = await fetch(appRoot() + '/api/overview/instances?' + new URLSearchParams({q: input.value}),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
      const body = await response.json().catch(function () {
        return {};
      });
      if (!response.ok) {
        throw new Error(body.detail || body.title || ('Lỗi ' + response.status));
      }
      target.innerHTML = results(body);
    } catch (error) {
      target.innerHTML = '<p class="sangtao-error" style="color:#b91c1c">' + escape(error.message) + '</p>';
    }
  });
}

/** Cockpit's "tasks per group" report, answered for the supervisor's line. */
function openTasksOfTheLine(done) {
  read('/api/overview/task-groups', {}).then(function (rows) {
    done(null, rows);
  }, function (error) {
    done(error);
  });
}

if (window.angular) {
  window.angular.module('cam.cockpit').config(['$provide', function ($provide) {
    $provide.decorator('camAPI', ['$delegate', function (api) {
      const resource = api.resource;
      api.resource = function (name) {
        const found = resource.apply(api, arguments);
        if (name !== 'task-report') {
          return found;
        }
        const ours = Object.create(found);
        ours.countByCandidateGroup = openTasksOfTheLine;
        return ours;
      };
      return api;
    }]);
  }]);
}

export default [
  {
    id: 'sangtaoOverview',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: PATH, label: LABEL},
    render: function (node) {
      renderOverview(node);
    }
  },
  {
    id: 'sangtaoOverviewLink',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      label: LABEL,
      pagePath: '#' + PATH,
      checkActive: function (path) {
        return path.indexOf('#' + PATH) > -1;
      }
    },
    render: function (node) {
      node.innerHTML = '<a href="#' + PATH + '">' + LABEL + '</a>';
    }
  },
  {
    id: 'sangtaoSearch',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: SEARCH_PATH, label: SEARCH_LABEL},
    render: renderSearch
  },
  {
    id: 'sangtaoSearchLink',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: {
      label: SEARCH_LABEL,
      pagePath: '#' + SEARCH_PATH,
      checkActive: function (path) {
        return path.indexOf('#' + SEARCH_PATH) > -1;
      }
    },
    render: function (node) {
      node.innerHTML = '<a href="#' + SEARCH_PATH + '">' + SEARCH_LABEL + '</a>';
    }
  }
];
