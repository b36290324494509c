  async function load() {
    const params = new URLSearchParams();
    const area = document.getElementById('contentArea').value;
    const year = document.getElementById('year').value;
    if (area) params.set('contentArea', area);
    const one = new URLSearchParams(location.search).get('ma');
    if (one) params.set('trackingCode', one);
    if (year) params.set('year', year);
    const answer = await fetch('/public/api/registry?' + params);
    const list = document.getElementById('list');
    list.textContent = '';
    const json = await answer.json().catch(() => ({}));
    if (!answer.ok) { list.textContent = json.detail || 'Không tải được danh sách.'; return; }
    if (!json.items.length) { list.textContent = 'Chưa có sáng kiến nào được công nhận theo điều kiện này.'; return; }
    for (const item of json.items) {
      const article = document.createElement('article');
      article.setAttribute('role', 'listitem');
      const title = document.createElement('h2');
      title.textContent = item.title;
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = item.authorNames + ' — ' + item.authorUnitName + ' · công nhận ' + (item.decidedOn || item.year)
        + ' · ' + item.receivingUnitName + (item.applications ? ' · ' + item.applications + ' đơn vị áp dụng' : '');
      const summary = document.createElement('p');
      summary.textContent = item.summary;
      article.append(title, meta, summary);
      list.appendChild(article);
    }
  }
  document.getElementById('filters').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
