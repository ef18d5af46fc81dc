// The duty roster page (/roster/): week and month views of who is on duty at each post (in each
// shift on the days of an all-day reception period), edited cell by cell; 复制上周, 按轮换排班 and a CSV import; the all-day reception periods (全天候联合接访),
// which the center's director opens and closes here. The API decides who may change which post
// (the center all, a unit its own window) and checks every rule; its Chinese message is shown.
// The DOM is built with the DOM API only: nothing from the server is parsed as HTML.

const API = '/api/roster';
const ALL_DAY = '/api/all-day-reception';
const root = document.getElementById('roster');
const state = { view: 'week', anchor: null, data: null, people: {} };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick' || k === 'onchange') node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

async function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  if (cookie) return decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
  const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = response.ok ? await response.json() : null;
  return body ? body.token : '';
}

async function call(method, path, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = await csrfToken();
  if (body !== undefined) headers['Content-Type'] = contentType;
  const response = await fetch(path, {
    method, credentials: 'same-origin', headers,
    body: body === undefined ? undefined : (contentType === 'application/json' ? JSON.stringify(body) : body)
  });
  const answer = await response.json().catch(() => null);
  if (response.status === 401) throw new Error('请先登录任务列表（Tasklist）后再打开值班表。');
  if (!response.ok) throw new Error(answer && answer.message ? answer.message : `请求失败（${response.status}）`);
  return answer;
}

// the last message outlives the re-render that follows every change
function say(text, ok) {
  state.message = { text, ok };
  const box = document.getElementById('message');
  if (!box) return;
  box.textContent = text;
  box.className = ok ? 'ok' : 'error';
}

const iso = d => d.toISOString().substring(0, 10);
const day = text => new Date(text + 'T00:00:00Z');
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
const monday = d => addDays(d, -((d.getUTCDay() + 6) % 7));

function range() {
  if (state.view === 'week') {
    const from = monday(state.anchor);
    return [from, addDays(from, 6)];
  }
  const from = new Date(Date.UTC(state.anchor.getUTCFullYear(), state.anchor.getUTCMonth(), 1));
  const to = new Date(Date.UTC(state.anchor.getUTCFullYear(), state.anchor.getUTCMonth() + 1, 0));
  return [from, to];
}

async function peopleOf(post) {
  if (!state.people[post]) state.people[post] = await call('GET', `${API}/posts/${encodeURIComponent(post)}/people`);
  return state.people[post];
}

async function load() {
  // the server's today (its clock, not the PC's) anchors the first view
  if (!state.anchor) state.anchor = day((await call('GET', `${API}/today`)).date);
  const [from, to] = range();
  state.data = await call('GET', `${API}?from=${iso(from)}&to=${iso(to)}`);
  state.allDay = await call('GET', ALL_DAY);
  if (state.director === undefined) {
    const me = await call('GET', '/api/me').catch(() => null);
    state.director = ((me && me.groupIds) || []).includes('center-director');
  }
  await render();
}

// one cell: the post in one shift of the day (a working day has one shift, an all-day period's
// day the center's shifts, e.g. 白班 and 夜班)
async function cell(dayView, shift, post) {
  const person = shift ? shift.duty[post.code] : null;
  const gap = shift && !person && post.code !== 'county-leader';
  const editable = shift && post.editable && dayView.date >= state.data.today;
  if (!editable) {
    return el('td', gap ? { class: 'gap' } : {}, person ? person.name : (shift ? '—' : ''));
  }
  const label = dayView.allDay ? `${dayView.date} ${shift.name} ${post.name}` : `${dayView.date} ${post.name}`;
  const select = el('select', { 'data-date': dayView.date, 'data-shift': shift.code, 'data-post': post.code, 'aria-label': label },
    el('option', { value: '' }, '（未安排）'));
  for (const p of await peopleOf(post.code)) {
    const option = el('option', { value: p.userId }, `${p.name}（${p.userId}）`);
    if (person && person.userId === p.userId) option.setAttribute('selected', 'selected');
    select.append(option);
  }
  select.addEventListener('change', async () => {
    const path = `${API}/${dayView.date}/${post.code}?shift=${encodeURIComponent(shift.code)}`;
    try {
      if (select.value) await call('PUT', path, { userId: select.value });
      else await call('DELETE', path);
      await load();
      say(`已保存：${label}`, true);
    } catch (e) {
      say(e.message, false);
      await load();
    }
  });
  return el('td', gap ? { class: 'gap' } : {}, select);
}

async function render() {
  const data = state.data;
  const [from] = range();
  const title = state.view === 'week' ? `${data.from} 至 ${data.to}` : `${data.from.substring(0, 7)} 月`;
  const toolbar = el('div', { class: 'toolbar' },
    el('button', { class: 'btn', id: 'view-week', onclick: () => { state.view = 'week'; load().catch(e => say(e.message)); } }, '周视图'),
    el('button', { class: 'btn', id: 'view-month', onclick: () => { state.view = 'month'; load().catch(e => say(e.message)); } }, '月视图'),
    el('button', { class: 'btn', id: 'previous', onclick: () => move(-1) }, state.view === 'week' ? '上一周' : '上个月'),
    el('strong', { id: 'period' }, title),
    el('button', { class: 'btn', id: 'next', onclick: () => move(1) }, state.view === 'week' ? '下一周' : '下个月'),
    state.view === 'week' ? el('button', { class: 'btn', id: 'copy-week', onclick: () => copyWeek(iso(from)) }, '复制上周') : null);

  const head = el('tr', {}, el('th', {}, '日期'), ...data.posts.map(p => el('th', {}, p.name)));
  const rows = [];
  for (const d of data.days) {
    const cls = (d.dutyDay ? '' : 'off') + (d.allDay ? ' all-day' : '') + (d.date === data.today ? ' today' : '');
    // a day off has no shift: one empty row
    for (const shift of d.shifts.length ? d.shifts : [null]) {
      const cells = [];
      for (const p of data.posts) cells.push(await cell(d, shift, p));
      const when = d.allDay && shift ? [el('br'), el('span', { class: 'shift' }, `${shift.name} ${shift.hours}`)] : [];
      rows.push(el('tr', { class: cls.trim(), 'data-date': d.date, 'data-shift': shift ? shift.code : '' },
        el('td', {}, d.dayText, ...when), ...cells));
    }
  }
  const table = el('table', { id: 'roster-table' }, el('thead', {}, head), el('tbody', {}, ...rows));

  const gaps = el('div', { id: 'gaps' }, data.gaps.length === 0 ? '本期内没有缺员。'
    : el('ul', {}, ...data.gaps.map(g => el('li', {}, `${g.dayText}：${g.posts.join('、')} 尚未安排`))));

  const message = state.message || { text: '', ok: true };
  root.replaceChildren(toolbar, el('div', { id: 'message', class: message.ok ? 'ok' : 'error' }, message.text), table,
    el('h3', {}, '缺员'), gaps, rotationForm(), importForm(), allDayForm());
}

function move(step) {
  state.anchor = state.view === 'week' ? addDays(monday(state.anchor), 7 * step)
    : new Date(Date.UTC(state.anchor.getUTCFullYear(), state.anchor.getUTCMonth() + step, 1));
  load().catch(e => say(e.message));
}

async function copyWeek(week) {
  try {
    const result = await call('POST', `${API}/copy-week`, { week });
    await load();
    say(`已复制上周的值班安排（${result.saved}条）。`, true);
  } catch (e) {
    say(e.message, false);
  }
}

function rotationForm() {
  const editable = state.data.posts.filter(p => p.editable);
  if (editable.length === 0) return null;
  const month = el('input', { type: 'month', id: 'rotation-month', value: state.data.from.substring(0, 7) });
  const post = el('select', { id: 'rotation-post' }, ...editable.map(p => el('option', { value: p.code }, p.name)));
  const shift = el('select', { id: 'rotation-shift', 'aria-label': '班次' },
    ...state.data.allDayShifts.map((s, i) => el('option', { value: s.code },
      i === 0 ? `${s.name}（工作日值班）` : `${s.name} ${s.hours}（仅全天候期间）`)));
  const people = el('input', { type: 'text', id: 'rotation-people', size: '40', placeholder: '轮换人员用户名，用逗号分隔，如 gaj-staff,gaj-staff2' });
  const submit = el('button', { class: 'btn', id: 'rotation-submit', onclick: async () => {
    try {
      const list = people.value.split(/[,，\s]+/).filter(x => x);
      const result = await call('POST', `${API}/rotation`, { month: month.value, post: post.value, shift: shift.value, people: list });
      await load();
      say(`已按轮换排班（${result.saved}个班次）。`, true);
    } catch (e) {
      say(e.message, false);
    }
  } }, '按轮换排满该月');
  return el('fieldset', {}, el('legend', {}, '按轮换排班'), month, ' ', post, ' ', shift, ' ', people, ' ', submit);
}

function importForm() {
  const file = el('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  const submit = el('button', { class: 'btn', id: 'import-submit', onclick: async () => {
    if (!file.files[0]) { say('请选择CSV文件。', false); return; }
    try {
      const result = await call('POST', `${API}/import`, await file.files[0].arrayBuffer(), 'text/csv');
      await load();
      say(`已导入${result.saved}条值班安排。`, true);
    } catch (e) {
      say(e.message, false);
    }
  } }, '导入');
  return el('fieldset', {}, el('legend', {}, '导入CSV（UTF-8，表头：日期,岗位,人员；全天候期间可加第四列「班次」，如 白班、夜班）'), file, ' ', submit);
}

// 全天候联合接访: everyone sees the periods not over yet; the director opens and closes them
function allDayForm() {
  const periods = state.allDay.periods;
  const list = periods.length === 0 ? el('p', {}, '目前没有全天候联合接访安排。')
    : el('ul', { id: 'all-day-periods' }, ...periods.map(p => el('li', { 'data-id': p.id },
      `${p.from} 至 ${p.to}：${p.reason}${state.allDay.current && state.allDay.current.id === p.id ? '（进行中）' : ''} `,
      state.director ? el('button', { class: 'btn', onclick: () => closeAllDay(p) }, '提前结束') : null)));
  if (!state.director) return el('fieldset', {}, el('legend', {}, '全天候联合接访'), list);
  const from = el('input', { type: 'date', id: 'all-day-from', value: state.data.today });
  const to = el('input', { type: 'date', id: 'all-day-to' });
  const reason = el('input', { type: 'text', id: 'all-day-reason', size: '20', placeholder: '原因，如 全国两会' });
  const submit = el('button', { class: 'btn', id: 'all-day-submit', onclick: async () => {
    try {
      await call('POST', ALL_DAY, { from: from.value, to: to.value, reason: reason.value });
      await load();
      say(`已启动全天候联合接访（${from.value} 至 ${to.value}），期间每天按${state.data.allDayShifts.map(s => s.name).join('、')}排班，节假日照常。`, true);
    } catch (e) {
      say(e.message, false);
    }
  } }, '启动');
  return el('fieldset', {}, el('legend', {}, '全天候联合接访（中心主任启动）'), list,
    '开始 ', from, ' 结束 ', to, ' ', reason, ' ', submit);
}

async function closeAllDay(period) {
  if (!window.confirm(`提前结束全天候联合接访（${period.reason}）？今天起不再适用。`)) return;
  try {
    await call('POST', `${ALL_DAY}/${encodeURIComponent(period.id)}/close`);
    await load();
    say(`已结束全天候联合接访（${period.reason}）。`, true);
  } catch (e) {
    say(e.message, false);
  }
}

load().catch(e => { root.replaceChildren(el('div', { id: 'message', class: 'error' }, e.message)); });
