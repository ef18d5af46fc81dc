// Joint reception (联合接访): the case page (案卷) — find a case, read its record, print it.
// One plain ES module for two hosts: the standalone page /case-file/ (every logged-in user,
// county leaders and lawyers included, who have no Cockpit) and the Cockpit route #/case.
// It reads the project's API with the webapp login session; the API decides who sees what.

import { el } from '/ui/dom.js';
import { renderMaterials } from './materials.js';
import { renderQueryCode } from './query-code.js';

const SEARCH = '/api/cases';
const STATES = [['', '全部'], ['open', '办理中'], ['closed', '已结案归档'], ['overdue', '已逾期']];

const STYLE = `
.jf-case { max-width: 1100px; font-size: 14px; }
.jf-case h2 { margin: 8px 0 12px 0; }
.jf-case h3 { margin: 18px 0 6px 0; font-size: 16px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
.jf-case form.jf-search { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: flex-end; margin-bottom: 10px; }
.jf-case form.jf-search label { display: flex; flex-direction: column; font-weight: normal; }
.jf-case table { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
.jf-case th, .jf-case td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
.jf-case th { background: #f3f3f3; font-weight: normal; }
.jf-case table.jf-fields th { width: 9em; }
.jf-case .jf-late { color: #b00000; }
.jf-case .jf-entered { white-space: pre-wrap; }
.jf-case .jf-error { color: #b00000; margin: 6px 0; }
.jf-case .jf-actions { margin: 6px 0 10px 0; display: flex; gap: 10px; }
@media print {
  .jf-case .jf-noprint, .jf-case form.jf-search, .jf-case .jf-results { display: none !important; }
  .jf-case { max-width: none; font-size: 11pt; }
  .jf-case tr { page-break-inside: avoid; }
}
`;

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hour12: false
});

function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return isNaN(d) ? iso : TIME.format(d).replace(/\//g, '-');
}

function text(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
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
    const fallback = response.status === 401 ? '请先登录（任务列表或驾驶舱）后再查看案卷。'
      : response.status === 403 ? '您无权查看该信访件。'
        : response.status === 404 ? '未找到该信访件。' : `查询失败（${response.status}）。`;
    const error = new Error((body && body.message) || fallback);
    error.status = response.status;
    throw error;
  }
  return body;
}

// ---- the record

function fields(rows) {
  return el('table', { class: 'jf-fields' },
    el('tbody', {}, rows.map(([label, value]) => el('tr', {}, el('th', {}, label), el('td', { class: 'jf-entered' }, text(value))))));
}

function table(headers, rows, empty) {
  if (!rows.length) return el('p', {}, empty);
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function limit(step) {
  if (!step.due) return '—';
  const met = step.limitMet === true ? '（按期）' : step.limitMet === false ? '（超期）' : '（未到期）';
  return el('span', { class: step.limitMet === false ? 'jf-late' : null }, time(step.due) + met);
}

function stepRows(steps) {
  return steps.map(s => el('tr', { 'data-step': s.activityId },
    el('td', {}, s.sequence),
    el('td', {}, s.name, s.processName && s.process !== 'joint-reception' ? el('div', { class: 'jf-sub' }, `（${s.processName}）`) : null),
    el('td', {}, s.userName ? `${s.userName}${s.roles ? '（' + s.roles + '）' : ''}` : (s.kind === 'userTask' ? '—' : '系统')),
    el('td', {}, time(s.startedAt)), el('td', {}, s.endedAt ? time(s.endedAt) : '进行中'),
    el('td', {}, limit(s)),
    el('td', { class: 'jf-entered' }, (s.entries || []).map(e => el('div', {}, `${e.label}：${e.value}`)))));
}

function renderRecord(record, options) {
  const r = record.registration || {};
  const closed = record.status === 'CLOSED';
  const caseNumber = record.caseNumber;
  const actions = el('div', { class: 'jf-actions jf-noprint' },
    el('button', { type: 'button', class: 'btn btn-default', name: 'print', onclick: null }, '打印案卷'),
    closed ? el('a', { class: 'btn btn-default', name: 'dossier', target: '_blank',
      href: `/api/cases/${encodeURIComponent(caseNumber)}/dossier.pdf` }, '归档案卷（PDF）') : null);
  actions.querySelector('button[name=print]').addEventListener('click', () => window.print());
  const materialsNode = el('div', { class: 'jf-case-materials' }, '正在读取附件……');
  renderMaterials(materialsNode, caseNumber);
  const queryCodeNode = el('div', { class: 'jf-query-code jf-noprint' });
  renderQueryCode(queryCodeNode, caseNumber);
  return el('div', { class: 'jf-record', 'data-case': caseNumber },
    el('h2', {}, `信访件案卷 ${caseNumber}`),
    actions,
    el('h3', {}, '登记信息'),
    fields([
      ['信访件编号', caseNumber], ['状态', record.statusName], ['登记时间', time(r.registeredAt)],
      ['登记人', r.registeredBy], ['信访人', r.petitionerName], ['公民身份号码', r.idNumberMasked],
      ['联系电话', r.phoneMasked], ['来源渠道', r.channelName], ['问题类别', r.problemCategoryName || r.problemCategory],
      ['所属乡镇', r.townshipName || r.township], ['来访人数', r.visitorCount],
      ['初信初访', r.firstVisit ? '是' : '否'], ['集体访', r.groupVisit ? '是' : '否'],
      ['反映事项', r.matter], ['诉求', r.request], ['责任单位', record.unitName]]),
    el('h3', {}, '办理过程'),
    table(['序号', '环节', '办理人', '开始', '结束', '期限', '办理意见及决定'], stepRows(record.steps || []), '暂无办理记录。'),
    el('h3', {}, '调解层级'),
    table(['层级', '开始', '期限', '结束', '结果', '办理人'], (record.mediationTiers || []).map(t => el('tr', {},
      el('td', {}, t.tierName), el('td', {}, time(t.startedAt)),
      el('td', { class: t.overdue ? 'jf-late' : null }, time(t.dueAt) + (t.overdue ? '（超期）' : '')),
      el('td', {}, time(t.endedAt)), el('td', {}, text(t.outcomeName)), el('td', {}, text(t.actor)))), '未经调解。'),
    el('h3', {}, '督办单及反馈'),
    table(['督办单号', '责任单位', '督办原因', '督办内容', '开具', '反馈期限', '反馈', '状态'], (record.supervisionSlips || []).map(s => el('tr', {},
      el('td', {}, s.slipNumber), el('td', {}, s.unitName), el('td', {}, s.reason), el('td', { class: 'jf-entered' }, text(s.details)),
      el('td', {}, time(s.issuedAt)), el('td', {}, time(s.feedbackDue)),
      el('td', { class: 'jf-entered' }, s.answeredAt ? `${time(s.answeredAt)}${s.late ? '（逾期）' : ''}：${text(s.feedback)}` : '未反馈'),
      el('td', {}, text(s.statusName)))), '无督办单。'),
    el('h3', {}, '问责移送'),
    table(['原因', '情况', '提出', '决定', '是否移送', '审查结果'], (record.referrals || []).map(f => el('tr', {},
      el('td', {}, text(f.reasonName)), el('td', { class: 'jf-entered' }, text(f.details)), el('td', {}, time(f.proposedAt)),
      el('td', {}, time(f.decidedAt)), el('td', {}, f.referred === true ? '是' : f.referred === false ? '否' : '—'),
      el('td', { class: 'jf-entered' }, text(f.result)))), '无问责移送。'),
    el('h3', {}, '复查、复核'),
    table(['类别', '机关', '申请', '请求事项和理由', '期限', '报送', '结论', '意见', '状态'], (record.reviews || []).map(v => el('tr', {},
      el('td', {}, v.kindName), el('td', {}, v.bodyName + (v.inCounty ? '' : '（县外）')),
      el('td', {}, time(v.requestedAt)), el('td', { class: 'jf-entered' }, text(v.reason)),
      el('td', { class: v.overdue ? 'jf-late' : null }, time(v.due) + (v.overdue ? '（超期）' : '')),
      el('td', {}, v.sentAt ? time(v.sentAt) : '—'),
      el('td', {}, text(v.outcomeName) + (v.hearingHeld ? '（经听证）' : '')),
      el('td', { class: 'jf-entered' }, text(v.opinion)), el('td', {}, text(v.statusName)))), '未申请复查、复核。'),
    el('h3', {}, '文书'),
    table(['文书', '文号', '制发时间', '页数', ''], (record.documents || []).map(d => el('tr', {},
      el('td', {}, d.title + (d.superseded ? '（已被更正）' : '')), el('td', {}, d.documentNumber),
      el('td', {}, time(d.issuedAt)), el('td', {}, d.pageCount),
      el('td', { class: 'jf-noprint' }, el('a', { href: d.pdf, target: '_blank' }, '查看/打印')))), '尚未制发文书。'),
    queryCodeNode,
    el('h3', {}, '附件'),
    materialsNode,
    el('h3', {}, '结案'),
    fields([['办理结果', record.outcomeName], ['满意度', record.satisfactionName], ['结案时间', time(record.closedAt)]]),
    onlineEvaluationNode(record.onlineEvaluation),
    el('p', { class: 'jf-noprint' }, options.printedNote || ''));
}

// The petitioner's own evaluation on the public page: it counts in the statistics in place of
// the one recorded at 满意度评价.
function onlineEvaluationNode(evaluation) {
  if (!evaluation) {
    return el('span', {});
  }
  return fields([
    ['信访人网上评价', evaluation.satisfactionName + '（' + time(evaluation.evaluatedAt) + '，统计以此为准）'],
    ['评价意见', evaluation.comment || '—']]);
}

// ---- the search

function searchForm(initial, onSearch) {
  const input = (name, label, attrs) => el('label', {}, label, el('input', Object.assign({ name, class: 'form-control', value: initial[name] || '' }, attrs || {})));
  const state = el('select', { name: 'state', class: 'form-control' },
    STATES.map(([v, l]) => el('option', { value: v, selected: (initial.state || '') === v }, l)));
  const form = el('form', { class: 'jf-search', autocomplete: 'off' },
    input('name', '信访人姓名', { maxlength: 50 }), input('caseNumber', '信访件编号', { maxlength: 32 }),
    input('idNumber', '公民身份号码', { maxlength: 18 }),
    input('from', '登记日期自', { type: 'date' }), input('to', '至', { type: 'date' }),
    el('label', {}, '状态', state),
    el('button', { type: 'submit', class: 'btn btn-primary', name: 'search' }, '查询'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams();
    ['name', 'caseNumber', 'idNumber', 'from', 'to', 'state'].forEach(n => {
      const v = form.elements[n].value.trim();
      if (v) params.set(n, v);
    });
    onSearch(params);
  });
  return form;
}

function results(data, open) {
  if (!data.cases.length) return el('p', {}, '没有找到符合条件的信访件。');
  return el('div', {},
    el('p', {}, `共 ${data.total} 件${data.total > data.cases.length ? `，显示前 ${data.cases.length} 件` : ''}。`),
    table(['信访件编号', '信访人', '身份号码', '问题类别', '责任单位', '登记时间', '状态'], data.cases.map(c => {
      const link = el('a', { href: '#', 'data-case': c.caseNumber }, c.caseNumber);
      link.addEventListener('click', event => { event.preventDefault(); open(c.caseNumber); });
      return el('tr', {}, el('td', {}, link), el('td', {}, c.petitionerName), el('td', {}, text(c.idNumberMasked)),
        el('td', {}, text(c.categoryName)), el('td', {}, text(c.unitName)), el('td', {}, time(c.registeredAt)),
        el('td', {}, c.statusName + (c.overdue ? '（逾期）' : '')));
    }), ''));
}

/**
 * Renders the case page into node. options.caseNumber opens that case at once;
 * options.onOpen(caseNumber) lets the host keep the address in step (bookmark, back button).
 */
export function renderCaseFile(node, options) {
  options = options || {};
  const message = el('div', { class: 'jf-error', role: 'alert', hidden: true });
  const found = el('div', { class: 'jf-results' });
  const recordNode = el('div', { class: 'jf-record-host' });

  const fail = e => {
    message.textContent = e.message;
    message.hidden = false;
  };
  const open = async caseNumber => {
    message.hidden = true;
    recordNode.replaceChildren(el('p', {}, '正在读取案卷……'));
    if (options.onOpen) options.onOpen(caseNumber);
    try {
      recordNode.replaceChildren(renderRecord(await getJson(`/api/cases/${encodeURIComponent(caseNumber)}/record`), options));
    } catch (e) {
      recordNode.replaceChildren();
      fail(e);
    }
  };
  const search = async params => {
    message.hidden = true;
    found.replaceChildren(el('p', {}, '正在查询……'));
    try {
      found.replaceChildren(results(await getJson(`${SEARCH}?${params}`), open));
    } catch (e) {
      found.replaceChildren();
      fail(e);
    }
  };

  node.replaceChildren(el('style', {}, STYLE), el('div', { class: 'jf-case' },
    el('h2', { class: 'jf-noprint' }, '信访件查询与案卷'),
    searchForm({ caseNumber: options.caseNumber }, search), message, found, recordNode));
  if (options.caseNumber) open(options.caseNumber);
}
