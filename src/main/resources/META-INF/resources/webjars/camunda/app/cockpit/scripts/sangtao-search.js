/*
 * Sáng tạo — "Tìm hồ sơ" in Cockpit (#/tim-ho-so): a supervisor finds the process instances of a plan by its number
 * as written ("12/KH") or of a unit by its name, with or without diacritics, running and finished alike, each with
 * its state, its dates in Vietnam's time and its open tasks; a running one opens in Cockpit. Reads
 * /api/overview/instances with the Cockpit sign-in, which answers only the supervisor's own line.
 */
const PATH = '/tim-ho-so';
const LABEL = 'Tìm hồ sơ';

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

function render(node) {
  node.innerHTML = '<div class="sangtao-search" style="padding:15px 20px;max-width:1200px"><h2>' + LABEL + '</h2>'
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

export default [
  {
    id: 'sangtaoSearch',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: PATH, label: LABEL},
    render: render
  },
  {
    id: 'sangtaoSearchLink',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
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
  }
];
