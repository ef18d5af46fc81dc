// Joint reception (联合接访): the supervisors' dashboard (信访统计分析) as a Cockpit plugin.
// A plain ES module, no build step: Cockpit imports it through customScripts in config.js.
// It reads the project's own API (GET /api/statistics, docs/statistics.md "Statistics REST API") with the
// Cockpit login session; the API decides who sees which units.

import { el } from '/ui/dom.js';
import { renderAllDayReports } from './all-day-reports.js';

const ROUTE = '/statistics';
const API = '/api/statistics';
const CSV = '/api/statistics/units.csv';
const MONTHLY = '/api/reports/monthly';
// who gets the navigation entry; the API itself answers 403 to anyone else
const SEE_ALL = ['supervisors', 'center-director', 'deputy-director', 'camunda-admin'];
const UNIT_GROUP = /^unit-.+/;

const TILES = [
  ['firstVisitClosureRate', '初信初访办结率', 'rate', ['firstVisitsClosed', 'firstVisits']],
  ['timelyAcceptanceRate', '及时受理率', 'rate', ['acceptedInTime', 'acceptanceJudged']],
  ['onTimeClosureRate', '按期办结率', 'rate', ['handledOnTime', 'handlingJudged']],
  ['evaluationRate', '参评率', 'rate', ['evaluated', 'closed']],
  ['satisfactionRate', '满意率（满意）', 'rate', ['satisfied', 'evaluated']],
  ['satisfiedOrBasicallyRate', '满意率（含基本满意）', 'rate', null],
  ['registered', '登记件数', 'count', null],
  ['closed', '已结案归档', 'count', null],
  ['repeatPetitions', '重复访', 'count', null],
  ['groupVisits', '集体访', 'count', null],
  ['skipLevelPetitions', '越级访', 'count', null],
  ['escalations', '提级调解', 'count', null],
  ['slipsIssued', '督办单', 'count', null],
  ['slipsAnsweredLate', '督办反馈逾期', 'count', null],
  ['slipsUnanswered', '督办逾期未反馈', 'count', null],
  ['referrals', '问责移送', 'count', null],
  ['open', '未结', 'count', null],
  ['overdue', '逾期', 'count', null],
  ['averageHandlingWorkingDays', '平均办理用时（工作日）', 'days', null]
];

const UNIT_COLUMNS = [
  ['registered', '登记', 'count'], ['closed', '已结案', 'count'],
  ['firstVisitClosureRate', '初信初访办结率', 'rate'],
  ['timelyAcceptanceRate', '及时受理率', 'rate'], ['onTimeClosureRate', '按期办结率', 'rate'],
  ['satisfactionRate', '满意率', 'rate'], ['open', '未结', 'count'], ['overdue', '逾期', 'count'],
  ['slipsIssued', '督办单', 'count'], ['slipsUnanswered', '逾期未反馈', 'count'],
  ['averageHandlingWorkingDays', '平均办理用时', 'days']
];

const STYLE = `
/* Cockpit's content area does not scroll (overflow: hidden): the dashboard scrolls itself */
.jf-stats { position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow: auto; padding: 16px 24px; }
.jf-stats h2 { margin: 0 0 12px; font-size: 22px; }
.jf-stats h3 { margin: 24px 0 8px; font-size: 17px; }
.jf-stats .jf-range { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 12px; }
.jf-stats .jf-range input { width: 150px; display: inline-block; }
.jf-stats .jf-error { color: #a94442; background: #f2dede; padding: 8px 12px; margin: 8px 0; }
.jf-stats .jf-scope { color: #666; margin: 4px 0 8px; }
.jf-stats .jf-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
.jf-stats .jf-tile { border: 1px solid #ddd; border-radius: 4px; padding: 10px 12px; background: #fafafa; }
.jf-stats .jf-tile .jf-value { font-size: 24px; font-weight: bold; }
.jf-stats .jf-tile .jf-label { color: #555; }
.jf-stats .jf-tile .jf-detail { color: #888; font-size: 12px; }
.jf-stats .jf-tile.jf-warn .jf-value { color: #b94a48; }
.jf-stats table { border-collapse: collapse; width: 100%; }
.jf-stats th, .jf-stats td { border-bottom: 1px solid #e5e5e5; padding: 4px 8px; text-align: right; white-space: nowrap; }
.jf-stats th:first-child, .jf-stats td:first-child, .jf-stats .jf-text { text-align: left; }
.jf-stats .jf-weekly { max-width: 1000px; display: block; }
.jf-stats .jf-legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
`;

// ---- small helpers: build DOM from data without ever parsing it as HTML

function svg(tag, attributes, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function format(value, kind) {
  if (value === null || value === undefined) return '—';
  if (kind === 'rate') return (value * 100).toFixed(1) + '%';
  if (kind === 'days') return value.toFixed(1);
  return String(value);
}

function isoDay(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** from/to of the route's query (#/statistics?from=…&to=…), else this year up to today. */
function initialRange() {
  const query = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const today = new Date();
  return {
    from: query.get('from') || `${today.getFullYear()}-01-01`,
    to: query.get('to') || isoDay(today)
  };
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const fallback = response.status === 401 ? '请先登录后再查看信访统计。'
      : response.status === 403 ? '您无权查看信访统计。' : `查询失败（${response.status}）。`;
    throw new Error((body && body.message) || fallback);
  }
  return body;
}

// ---- the parts of the page

function tiles(overall) {
  return el('div', { class: 'jf-tiles' }, TILES.map(([key, label, kind, parts]) => {
    const warn = (key === 'overdue' || key === 'slipsUnanswered') && overall[key] > 0;
    return el('div', { class: 'jf-tile' + (warn ? ' jf-warn' : ''), 'data-kpi': key },
      el('div', { class: 'jf-value' }, format(overall[key], kind)),
      el('div', { class: 'jf-label' }, label),
      parts ? el('div', { class: 'jf-detail' }, `${overall[parts[0]]} / ${overall[parts[1]]}`) : '');
  }));
}

function unitTable(rows) {
  return el('table', { class: 'table jf-units' },
    el('thead', {}, el('tr', {}, el('th', {}, '责任单位'), UNIT_COLUMNS.map(([, label]) => el('th', {}, label)))),
    el('tbody', {}, rows.map(row => el('tr', { 'data-unit': row.unitCode || '' },
      el('td', {}, row.unitName || '未分派'),
      UNIT_COLUMNS.map(([key, , kind]) => el('td', {}, format(row[key], kind)))))));
}

/** Registered and closed cases per week: grouped bars in plain SVG. */
function weeklyChart(weeks) {
  const width = 900, height = 240, left = 40, bottom = 40, top = 10;
  const max = Math.max(1, ...weeks.map(w => Math.max(w.registered, w.closed)));
  const step = weeks.length ? (width - left) / weeks.length : 0;
  const bar = Math.max(2, Math.min(18, step / 3));
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', class: 'jf-weekly', role: 'img' });
  [...new Set([0, Math.ceil(max / 2), max])].forEach(v => {
    chart.append(svg('line', { x1: left, x2: width, y1: y(v), y2: y(v), stroke: '#eee' }));
    chart.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, v));
  });
  weeks.forEach((w, i) => {
    const x = left + i * step + step / 2;
    chart.append(svg('rect', { x: x - bar, y: y(w.registered), width: bar, height: y(0) - y(w.registered), fill: '#337ab7' },
      svg('title', {}, `${w.weekStart} 当周 登记 ${w.registered} 件`)));
    chart.append(svg('rect', { x: x, y: y(w.closed), width: bar, height: y(0) - y(w.closed), fill: '#5cb85c' },
      svg('title', {}, `${w.weekStart} 当周 已结案 ${w.closed} 件`)));
    if (weeks.length <= 20 || i % Math.ceil(weeks.length / 20) === 0) {
      chart.append(svg('text', { x, y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11 }, w.weekStart.slice(5)));
    }
  });
  const legend = el('div', { class: 'jf-legend' },
    el('span', { style: 'background:#337ab7' }), '登记件数',
    el('span', { style: 'background:#5cb85c' }), '其中已结案归档（按登记周）');
  return el('div', {}, chart, legend);
}

function tierTable(tiers) {
  return el('table', { class: 'table jf-tiers' },
    el('thead', {}, el('tr', {}, ['调解层级', '进入', '调解化解', '提级', '作出处理决定', '进行中', '平均用时（工作日）']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, tiers.map(t => el('tr', {},
      el('td', {}, t.tierName), el('td', {}, t.entered), el('td', {}, t.resolved), el('td', {}, t.escalated),
      el('td', {}, t.decided), el('td', {}, t.running), el('td', {}, format(t.averageWorkingDays, 'days'))))));
}

function stageTable(rows) {
  return el('table', { class: 'table jf-stages' },
    el('thead', {}, el('tr', {}, el('th', {}, '责任单位'), el('th', { class: 'jf-text' }, '环节'),
      el('th', {}, '未结'), el('th', {}, '逾期'))),
    el('tbody', {}, rows.map(r => el('tr', {},
      el('td', {}, r.unitName || '未分派'), el('td', { class: 'jf-text' }, r.stageName),
      el('td', {}, r.open), el('td', {}, r.overdue)))));
}

function overdueTable(cases) {
  if (!cases.length) return el('p', {}, '目前没有逾期的信访件。');
  return el('table', { class: 'table jf-overdue' },
    el('thead', {}, el('tr', {}, ['信访件编号', '责任单位', '环节', '期限', '逾期（工作日）']
      .map((h, i) => el('th', { class: i < 3 ? 'jf-text' : null }, h)))),
    el('tbody', {}, cases.map(c => el('tr', { 'data-case': c.caseNumber },
      el('td', {}, el('a', { href: `#/process-instance/${encodeURIComponent(c.processInstanceId)}/runtime` }, c.caseNumber),
        ' ', el('a', { href: `#/case?caseNumber=${encodeURIComponent(c.caseNumber)}`, class: 'jf-case-link' }, '案卷')),
      el('td', { class: 'jf-text' }, c.unitName || '未分派'), el('td', { class: 'jf-text' }, c.stageName),
      el('td', {}, (c.deadline || '').replace('T', ' ').slice(0, 16)), el('td', {}, c.overdueWorkingDays)))));
}

function attendanceTable(rows) {
  if (!rows.length) return el('p', {}, '统计期间没有值班安排。');
  return el('table', { class: 'table jf-attendance' },
    el('thead', {}, el('tr', {}, ['岗位', '值班天数', '按时签到', '迟到', '未签到']
      .map((h, i) => el('th', { class: i === 0 ? 'jf-text' : null }, h)))),
    el('tbody', {}, rows.map(a => el('tr', { 'data-post': a.post },
      el('td', { class: 'jf-text' }, a.postName), el('td', {}, a.dutyDays), el('td', {}, a.onTime),
      el('td', {}, a.late), el('td', {}, a.missed)))));
}

function reviewTable(rows) {
  return el('table', { class: 'table jf-reviews' },
    el('thead', {}, el('tr', {}, ['类别', '申请', '出具意见', '维持', '变更', '撤销', '逾期', '事项终结']
      .map((h, i) => el('th', { class: i === 0 ? 'jf-text' : null }, h)))),
    el('tbody', {}, rows.map(r => el('tr', { 'data-kind': r.kind },
      el('td', { class: 'jf-text' }, r.kindName), el('td', {}, r.requested), el('td', {}, r.decided),
      el('td', {}, r.upheld), el('td', {}, r.changed), el('td', {}, r.revoked), el('td', {}, r.overdue),
      el('td', {}, r.kind === 'RE_REVIEW' ? r.finalised : '—')))));
}

function report(data) {
  const scope = data.allUnits ? '全部责任单位' : `仅本单位：${(data.byUnit || []).map(u => u.unitName).join('、') || (data.unitCodes || []).join('、')}`;
  return el('div', {},
    el('p', { class: 'jf-scope' }, `统计期间 ${data.from} 至 ${data.to}（按来访登记时间），范围：${scope}；生成于 ${(data.generatedAt || '').replace('T', ' ').slice(0, 16)}`),
    tiles(data.overall),
    el('h3', {}, '各责任单位'), unitTable(data.byUnit || []),
    el('h3', {}, '每周趋势'), weeklyChart(data.weekly || []),
    el('h3', {}, '提级调解（按调解层级）'), tierTable(data.tiers || []),
    el('h3', {}, '复查、复核（申请按申请时间，意见按出具时间）'), reviewTable(data.reviews || []),
    el('h3', {}, '在办信访件（按单位和环节，当前）'), stageTable(data.openByUnitAndStage || []),
    el('h3', {}, '逾期信访件（当前）'), overdueTable(data.overdue || []),
    el('h3', {}, '值班签到（按岗位）'), attendanceTable(data.attendance || []));
}

function renderDashboard(node) {
  const range = initialRange();
  const from = el('input', { type: 'date', class: 'form-control', name: 'from', value: range.from });
  const to = el('input', { type: 'date', class: 'form-control', name: 'to', value: range.to });
  const query = el('button', { type: 'button', class: 'btn btn-primary', name: 'query' }, '查询');
  const csv = el('a', { class: 'btn btn-default jf-csv', target: '_blank' }, '导出各单位统计表（CSV，Excel 可打开）');
  const monthly = el('a', { class: 'btn btn-default jf-monthly', target: '_blank' }, '月度分析报告');
  const message = el('div', { class: 'jf-error', role: 'alert', hidden: '' });
  const content = el('div', { class: 'jf-content' });
  const allDayReports = el('div', { class: 'jf-all-day-reports' });

  const load = async () => {
    const params = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`;
    csv.setAttribute('href', `${CSV}?${params}`);
    monthly.setAttribute('href', `${MONTHLY}?month=${encodeURIComponent(to.value.slice(0, 7))}`);
    message.hidden = true;
    content.replaceChildren(el('p', {}, '正在统计……'));
    try {
      content.replaceChildren(report(await getJson(`${API}?${params}`)));
    } catch (e) {
      content.replaceChildren();
      message.textContent = e.message;
      message.hidden = false;
    }
  };
  query.addEventListener('click', load);

  node.replaceChildren(el('style', {}, STYLE), el('div', { class: 'jf-stats' },
    el('h2', {}, '信访统计分析'),
    el('div', { class: 'jf-range' },
      el('label', {}, '起始日期 ', from), el('label', {}, '截止日期 ', to), query, csv, monthly),
    message, content, allDayReports));
  load();
  renderAllDayReports(allDayReports);
}

/** The navigation entry, shown to those who may read the figures. */
function renderNavigation(node) {
  const link = el('a', { href: `#${ROUTE}` }, '统计分析');
  node.append(link);
  getJson('/api/me').then(me => {
    const groups = (me && me.groupIds) || [];
    const allowed = groups.some(g => SEE_ALL.includes(g) || UNIT_GROUP.test(g));
    if (!allowed) {
      const item = node.closest('li');
      (item || node).style.display = 'none';
    }
  }).catch(() => { /* not decisive: the dashboard shows the API's own message */ });
}

export default [
  {
    id: 'jf-statistics-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: ROUTE },
    render: renderNavigation
  },
  {
    id: 'jf-statistics',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: renderDashboard
  }
];
