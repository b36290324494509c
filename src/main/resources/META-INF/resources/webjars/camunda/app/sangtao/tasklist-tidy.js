/*
 * Sáng tạo — Tasklist as Front staff use it:
 * - a dialog (the start form of a plan, a new filter) is closed by its own buttons only, never by a click on the
 *   grey background beside it, which lost everything typed;
 * - every filter in the list shows how many tasks it holds, not only the one that is open, so that a leader sees
 *   "Việc của đơn vị 3" without opening it. The counts are asked of the engine's API as the signed-in person (the
 *   same call Tasklist makes for the open filter) and asked again when the list or the tasks change.
 */
const angular = window.angular;

if (angular) {
  let app = null;
  try {
    app = angular.module('cam.tasklist');
  } catch (notTasklist) {
    app = null;
  }
  if (app) {
    app.config(['$uibModalProvider', function (modals) {
      modals.options.backdrop = 'static';
    }]);
  }
}

function engineApi() {
  const base = document.querySelector('base');
  const api = base && base.getAttribute('engine-api');
  return api ? api + 'engine/default/' : null;
}

let asking = false;

function showCounts() {
  const api = engineApi();
  if (!angular || !api || asking) {
    return;
  }
  const filters = Array.from(document.querySelectorAll('div.task-filter'));
  if (!filters.length) {
    return;
  }
  asking = true;
  Promise.all(filters.map(function (element) {
    const scope = angular.element(element).scope();
    const filter = scope && scope.filter;
    if (!filter || !filter.id) {
      return null;
    }
    return fetch(api + 'filter/' + encodeURIComponent(filter.id) + '/count', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (answer) {
      return answer.ok ? answer.json() : null;
    }).then(function (json) {
      if (!json) {
        return;
      }
      const link = element.querySelector('h4 a');
      let count = element.querySelector('.sangtao-count');
      if (!count && link) {
        count = document.createElement('span');
        count.className = 'sangtao-count';
        link.appendChild(count);
      }
      if (count) {
        count.textContent = String(json.count);
      }
    }).catch(function () {
      /* a count that cannot be had is left as it was */
    });
  })).finally(function () {
    asking = false;
  });
}

let pending = null;

function soon() {
  clearTimeout(pending);
  pending = setTimeout(showCounts, 300);
}

/* the filter list appears after signing in and changes when a filter is added; the task list when work is done */
new MutationObserver(function (changes) {
  const relevant = changes.some(function (change) {
    const target = change.target;
    return target && target.closest && (target.closest('.filters') || target.closest('.tasks-list'))
      && !(target.closest('.sangtao-count'));
  });
  if (relevant) {
    soon();
  }
}).observe(document.documentElement, { childList: true, subtree: true });

setInterval(showCounts, 30000);

export default [];
