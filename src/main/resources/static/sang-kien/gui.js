  const places = new Map();
  const placeInput = document.getElementById('placeSearch');
  let placeTimer;
  placeInput.addEventListener('input', () => {
    clearTimeout(placeTimer);
    placeTimer = setTimeout(async () => {
      const answer = await fetch('/public/api/units?q=' + encodeURIComponent(placeInput.value.trim()));
      if (!answer.ok) return;
      const list = document.getElementById('places');
      list.innerHTML = '';
      for (const place of await answer.json()) {
        places.set(place.name, place.code);
        const option = document.createElement('option');
        option.value = place.name;
        list.appendChild(option);
      }
    }, 250);
  });

  function show(box, ok, title, problems) {
    box.className = 'message ' + (ok ? 'ok' : 'error');
    box.textContent = '';
    const head = document.createElement('div');
    head.textContent = title;
    box.appendChild(head);
    if (problems && problems.length) {
      const list = document.createElement('ul');
      for (const p of problems) { const li = document.createElement('li'); li.textContent = p; list.appendChild(li); }
      box.appendChild(list);
    }
  }

  document.getElementById('submitForm').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const box = document.getElementById('submitResult');
    const value = (id) => document.getElementById(id).value.trim() || null;
    const cost = value('estimatedCostVnd');
    // "15.000.000" as people write it; what cannot be read that way is refused here, never guessed
    if (cost !== null && !/^(\d+|\d{1,3}(\.\d{3})+)$/.test(cost)) {
      show(box, false, 'Chưa gửi được:', ['Kinh phí dự kiến «' + cost + '» không phải số tiền; hãy viết liền'
        + ' (15000000) hoặc tách từng nhóm ba chữ số bằng dấu chấm (15.000.000).']);
      return;
    }
    const initiative = {
      title: value('title'), summary: value('summary'), description: value('description'),
      contentArea: value('contentArea'), fieldOfWork: value('fieldOfWork'), appliedAt: value('appliedAt'),
      expectedBenefit: value('expectedBenefit'), estimatedCostVnd: cost === null ? null : Number(cost.replaceAll('.', '')),
      authorKind: value('authorKind'), authorNames: value('authorNames'),
      authorUnitCode: places.get(placeInput.value.trim()) || placeInput.value.trim() || null,
      submitterName: value('submitterName'), submitterPhone: value('submitterPhone'),
      submitterEmail: value('submitterEmail')
    };
    const body = new FormData();
    body.append('initiative', new Blob([JSON.stringify(initiative)], {type: 'application/json'}));
    for (const file of document.getElementById('files').files) body.append('files', file);
    document.getElementById('send').disabled = true;
    try {
      const answer = await fetch('/public/api/initiatives', {method: 'POST', body});
      const json = await answer.json().catch(() => ({}));
      if (answer.ok) {
        show(box, true, json.message);
        const code = document.createElement('div');
        code.className = 'code';
        code.id = 'newTrackingCode';
        code.textContent = json.trackingCode;
        box.appendChild(code);
        const secret = document.createElement('div');
        secret.className = 'code';
        secret.id = 'newSupplementSecret';
        secret.textContent = 'Mã bí mật: ' + json.supplementSecret;
        box.appendChild(secret);
        form.reset();
      } else {
        show(box, false, json.detail || 'Không gửi được. Hãy thử lại.', json.errors);
      }
    } catch (e) {
      show(box, false, 'Không kết nối được tới máy chủ. Hãy thử lại.');
    } finally {
      document.getElementById('send').disabled = false;
    }
  });

  document.getElementById('trackForm').addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = document.getElementById('trackResult');
    const code = document.getElementById('trackingCode').value.trim();
    const answer = await fetch('/public/api/initiatives/' + encodeURIComponent(code));
    const json = await answer.json().catch(() => ({}));
    const supplementForm = document.getElementById('supplementForm');
    supplementForm.hidden = true;
    if (answer.ok) {
      const lines = ['Sáng kiến «' + json.title + '» (mã ' + json.trackingCode + ')',
        'Gửi ngày ' + json.submittedOn + ' tới ' + json.receivingUnitName + '.',
        'Tình trạng: ' + json.statusLabel];
      if (json.status === 'SUPPLEMENT_REQUESTED' && json.supplementRequest) {
        const [y, m, d] = (json.supplementDue || '').split('-');
        lines.push('Cần bổ sung: ' + json.supplementRequest + (d ? ' (hạn ' + d + '/' + m + '/' + y + ')' : ''));
        supplementForm.hidden = false;
        supplementForm.dataset.code = json.trackingCode;
      }
      if (json.repeats) lines.push(json.repeats);
      show(box, true, lines[0], lines.slice(1));
      box.querySelector('ul').id = 'trackedStatus';
      if (json.repeatsRegistryLink) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = json.repeatsRegistryLink;
        link.textContent = 'Xem sáng kiến đã được công nhận đó';
        item.appendChild(link);
        box.querySelector('ul').appendChild(item);
      }
    } else {
      show(box, false, json.detail || 'Không tra cứu được. Hãy thử lại.');
    }
  });
  document.getElementById('supplementForm').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const box = document.getElementById('trackResult');
    const value = (id) => document.getElementById(id).value.trim() || null;
    const body = {title: value('supTitle'), summary: value('supSummary'), description: value('supDescription'),
      appliedAt: value('supAppliedAt'), expectedBenefit: value('supBenefit')};
    const answer = await fetch('/public/api/initiatives/' + encodeURIComponent(form.dataset.code) + '/supplement',
      {method: 'POST', headers: {'Content-Type': 'application/json',
        'X-Supplement-Secret': document.getElementById('supSecret').value.trim()}, body: JSON.stringify(body)});
    const json = await answer.json().catch(() => ({}));
    if (answer.ok) {
      form.hidden = true;
      show(box, true, 'Đã gửi phần bổ sung. Tình trạng: ' + json.statusLabel);
    } else {
      show(box, false, json.detail || 'Không gửi được phần bổ sung. Hãy thử lại.', json.errors);
    }
  });
