// Joint reception (联合接访): the task tab 「文书」 in Tasklist, listing the documents of the task's
// case with links that open each stored PDF. A plain ES module, no build step: Tasklist imports
// it through customScripts in config.js. It reads the task's variable caseNumber through
// Tasklist's engine API and GET /api/cases/{n}/documents (docs/api.md "Documents of a case") with the
// login session; both decide who may see what, the tab only shows their answer.

import { el } from '/ui/dom.js';

const STYLE = `
.jf-docs { padding: 12px 16px; }
.jf-docs table { border-collapse: collapse; width: 100%; }
.jf-docs th, .jf-docs td { border-bottom: 1px solid #e5e5e5; padding: 4px 8px; text-align: left; }
.jf-docs .jf-superseded { color: #888; }
.jf-docs .jf-error { color: #a94442; background: #f2dede; padding: 8px 12px; }
`;

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

// build DOM from data without ever parsing it as HTML

/** Tasklist's engine API, from the page's address: /camunda/app/tasklist/<engine>/ */
function engineApi() {
  const path = window.location.pathname;
  const app = path.indexOf('/app/tasklist/');
  const base = app >= 0 ? path.substring(0, app) : '/camunda';
  const engine = (app >= 0 ? path.substring(app + '/app/tasklist/'.length).split('/')[0] : '') || 'default';
  return `${base}/api/engine/engine/${encodeURIComponent(engine)}`;
}

async function get(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return { status: response.status, ok: response.ok, body };
}

/** The case number of the task, or null when the task belongs to no case. */
async function caseNumberOf(taskId) {
  const answer = await get(`${engineApi()}/task/${encodeURIComponent(taskId)}/variables/caseNumber`);
  if (answer.status === 404) return null;
  if (!answer.ok) throw new Error((answer.body && answer.body.message) || `读取任务失败（${answer.status}）。`);
  return answer.body && answer.body.value ? String(answer.body.value) : null;
}

function table(documents) {
  return el('table', { class: 'jf-doc-list' },
    el('thead', {}, el('tr', {}, ['文书', '文号', '生成时间', '页数', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, documents.map(d => el('tr', { class: d.superseded ? 'jf-superseded' : null },
      el('td', {}, d.title, d.superseded ? '（已更正，以新文书为准）' : ''),
      el('td', {}, d.documentNumber),
      el('td', {}, d.issuedAt ? TIME.format(new Date(d.issuedAt)) : ''),
      el('td', {}, String(d.pageCount)),
      el('td', {}, el('a', { href: d.pdf, target: '_blank', rel: 'noopener', class: 'jf-doc-pdf' },
        '打开打印'))))));
}

async function show(node, taskId) {
  const content = el('div', {}, '正在加载文书……');
  node.replaceChildren(el('style', {}, STYLE), el('div', { class: 'jf-docs' }, content));
  try {
    const caseNumber = await caseNumberOf(taskId);
    if (!caseNumber) {
      content.replaceChildren(el('p', { class: 'jf-doc-empty' }, '本件暂无文书'));
      return;
    }
    const answer = await get(`/api/cases/${encodeURIComponent(caseNumber)}/documents`);
    if (!answer.ok) {
      throw new Error((answer.body && answer.body.message) || `文书列表加载失败（${answer.status}）。`);
    }
    const documents = answer.body || [];
    content.replaceChildren(
      el('p', {}, `信访件 ${caseNumber} 的文书（点击“打开打印”在新窗口中打开 PDF，再用浏览器打印）：`),
      documents.length ? table(documents) : el('p', { class: 'jf-doc-empty' }, '本件暂无文书'));
  } catch (e) {
    content.replaceChildren(el('div', { class: 'jf-error' }, e.message));
  }
}

export default {
  id: 'jf-case-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: { label: '文书' },
  render: (node, { taskId }, scope) => {
    let shown = taskId;
    show(node, taskId);
    // the tab may stay mounted when another task is selected: follow the task
    if (scope && typeof scope.$watch === 'function') {
      scope.$watch(() => scope.task && scope.task.id, id => {
        if (id && id !== shown) {
          shown = id;
          show(node, id);
        }
      });
    }
  }
};
