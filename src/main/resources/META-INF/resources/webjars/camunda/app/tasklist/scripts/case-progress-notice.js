// Joint reception (联合接访): after registering a visit, Tasklist says more than "流程已发起。": a
// notice that stays until closed gives the new case number to tell the petitioner, the next
// step and who does it, and a link that opens the 登记回执 (registration receipt) PDF to print.
// After 分类确认 it says which unit the case went to and what comes next there. It follows
// Tasklist's own calls (lib/engine-requests.js): the start answers with the case number (the
// business key); a task's form is 分类确认 when Tasklist loaded it as such. What comes next and
// the receipt are read from GET /api/cases/{n}/next-steps and /documents with the session.

import { onAnswer } from './lib/engine-requests.js';
import { withTasklistServices } from './lib/tasklist-services.js';

const ROUTING_TASK = 'Task_ConfirmRouting';
const START = /\/process-definition\/(?:key\/[^/]+(?:\/tenant-id\/[^/]+)?|[^/]+)\/(?:submit-form|start)$/;
const TASK_SUBMIT = /\/task\/([^/]+)\/(?:submit-form|complete)$/;
const TASK_READ = /\/task\/([^/]+)$/;

let services = null;
withTasklistServices((notifications, rootScope) => {
  services = { notifications, rootScope };
});

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

/** The case's next steps; right after a step the next task may still be on its way. */
async function nextSteps(caseNumber, wanted) {
  let answer = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    answer = await getJson(`/api/cases/${encodeURIComponent(caseNumber)}/next-steps`);
    if (wanted(answer)) return answer;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  return answer;
}

function stepsText(answer) {
  const steps = (answer && answer.steps) || [];
  if (!steps.length) return '';
  return `下一步：${steps.map(s => (s.doneBy && s.doneBy.length ? `${s.name}（${s.doneBy.join('、')}）` : s.name)).join('；')}。`;
}

function html(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  node.textContent = text;
  return node.outerHTML;
}

/** Resolves once the start dialog is gone: a toast goes to the newest notification panel. */
function dialogClosed() {
  return new Promise(resolve => {
    const giveUp = Date.now() + 10000;
    const check = () => {
      if (!document.querySelector('.modal-dialog') || Date.now() > giveUp) resolve();
      else setTimeout(check, 100);
    };
    check();
  });
}

let shown = null;
async function show(parts) {
  if (!services) return;
  // Tasklist hands a toast to the newest panel: the closing dialog's would take it and vanish
  await dialogClosed();
  const { notifications, rootScope } = services;
  rootScope.$applyAsync(() => {
    if (shown) notifications.clear(shown);
    // built as HTML from escaped parts: Tasklist shows a toast's message as HTML
    shown = { type: 'success', unsafe: true, status: parts.join(' ') };
    notifications.addMessage(shown);
  });
}

async function registered(caseNumber) {
  const [answer, documents] = await Promise.all([
    nextSteps(caseNumber, a => a.steps && a.steps.length > 0),
    getJson(`/api/cases/${encodeURIComponent(caseNumber)}/documents`).catch(() => [])
  ]);
  const receipt = documents.find(d => d.kind === 'REGISTRATION_RECEIPT' && !d.superseded);
  const parts = [html('span', { class: 'jf-case-notice' }, `已登记，信访件编号 ${caseNumber}。${stepsText(answer)}`)];
  if (receipt) {
    parts.push(html('a', { class: 'jf-receipt-link', href: receipt.pdf, target: '_blank', rel: 'noopener' },
      '打印登记回执（PDF）'));
  }
  show(parts);
}

async function routed(caseNumber) {
  const answer = await nextSteps(caseNumber,
    a => a.unitName && (a.steps || []).some(s => s.taskDefinitionKey !== ROUTING_TASK));
  const where = answer.unitName ? `已交 ${answer.unitName} 办理。` : '';
  show([html('span', { class: 'jf-case-notice' }, `信访件 ${caseNumber} 分类确认完成，${where}${stepsText(answer)}`)]);
}

// case numbers of the 分类确认 tasks Tasklist has loaded, by task id
const routingTasks = new Map();

function engineApi(url) {
  return url.substring(0, url.indexOf('/task/'));
}

onAnswer(answer => {
  if (answer.status >= 400) return;
  if (answer.method === 'POST' && START.test(answer.url)) {
    const instance = answer.json();
    if (instance && instance.businessKey) registered(instance.businessKey).catch(e => console.error(e));
    return;
  }
  let m;
  if (answer.method === 'GET' && (m = answer.url.match(TASK_READ))) {
    const task = answer.json();
    if (task && task.taskDefinitionKey === ROUTING_TASK && !routingTasks.has(m[1])) {
      const id = m[1];
      routingTasks.set(id, null);
      getJson(`${engineApi(answer.url)}/task/${id}/variables/caseNumber`)
        .then(v => routingTasks.set(id, v && v.value))
        .catch(() => routingTasks.delete(id));
    }
    return;
  }
  if (answer.method === 'POST' && (m = answer.url.match(TASK_SUBMIT)) && routingTasks.get(m[1])) {
    const caseNumber = routingTasks.get(m[1]);
    routingTasks.delete(m[1]);
    routed(caseNumber).catch(e => console.error(e));
  }
});
