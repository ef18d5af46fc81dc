// Joint reception (联合接访): the task card in Tasklist's list names its case — the case number and
// the petitioner in bold — and the task's deadline (到期日, Tasklist's own label for the due date)
// as a Chinese date, red when overdue; the filter's other variables (问题类别, 责任单位 …) follow
// in small print. It takes the place of Camunda's collapsed variable block and of the priority,
// which user-styles.css hides. The
// variables come with the filter's list (its property `variables`); for a filter without them the
// card asks the engine, one request per variable. The DOM is built from data, never parsed as HTML.

const ENGINE = '/camunda/api/engine/engine/default';
const CASE_NUMBER = 'caseNumber';
const PETITIONER = 'petitionerName';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** The engine's 2026-03-02T17:00:00.000+0800 as the staff read it: 2026年3月2日 17:00. */
function chineseDateTime(date) {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 `
    + `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function parseEngineDate(value) {
  // the engine writes the offset without a colon (+0800), which not every browser parses
  return new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

function embeddedVariables(task) {
  const values = {};
  ((task._embedded && task._embedded.variable) || []).forEach(v => {
    values[v.name] = v.value;
  });
  return values;
}

async function fetchVariable(taskId, name) {
  const response = await fetch(`${ENGINE}/task/${encodeURIComponent(taskId)}/variables/${name}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return undefined;
  const body = await response.json();
  return body ? body.value : undefined;
}

function caseLine(values) {
  const line = el('div', 'jf-card-case');
  if (values[CASE_NUMBER]) {
    const number = el('span', 'jf-case-number', values[CASE_NUMBER]);
    number.title = '信访件编号';
    line.append(number);
  }
  if (values[PETITIONER]) {
    const petitioner = el('span', 'jf-petitioner', `信访人：${values[PETITIONER]}`);
    line.append(petitioner);
  }
  return line;
}

function dueLine(task) {
  if (!task.due) return null;
  const due = parseEngineDate(task.due);
  const overdue = due.getTime() < Date.now();
  const line = el('div', overdue ? 'jf-card-due jf-overdue' : 'jf-card-due',
    `到期日：${chineseDateTime(due)}${overdue ? '（已逾期）' : ''}`);
  return line;
}

function otherVariables(values, filterProperties) {
  const definitions = ((filterProperties && filterProperties.variables) || [])
    .filter(v => v.name !== CASE_NUMBER && v.name !== PETITIONER)
    .filter(v => values[v.name] !== undefined && values[v.name] !== null && values[v.name] !== '');
  if (!definitions.length) return null;
  const line = el('div', 'jf-card-more');
  definitions.forEach(v => line.append(el('span', null, `${v.label || v.name}：${values[v.name]}`)));
  return line;
}

function draw(node, task, filterProperties, values) {
  const card = el('div', 'jf-card');
  card.append(caseLine(values));
  [dueLine(task), otherVariables(values, filterProperties)].filter(Boolean).forEach(l => card.append(l));
  node.replaceChildren(card);
}

async function withMissingCaseVariables(task, values) {
  const missing = [CASE_NUMBER, PETITIONER].filter(name => !(name in values));
  if (!missing.length) return values;
  const fetched = await Promise.all(missing.map(name => fetchVariable(task.id, name).catch(() => undefined)));
  const all = Object.assign({}, values);
  missing.forEach((name, i) => {
    if (fetched[i] !== undefined) all[name] = fetched[i];
  });
  return all;
}

function render(node, { taskId }, scope) {
  const show = task => {
    if (!task) return;
    const values = embeddedVariables(task);
    const filterProperties = scope && scope.filterProperties;
    draw(node, task, filterProperties, values);
    withMissingCaseVariables(task, values).then(all => {
      if (all !== values) draw(node, task, filterProperties, all);
    });
  };
  if (scope && scope.$watch) {
    scope.$watch('task', show);
  } else {
    fetch(`${ENGINE}/task/${encodeURIComponent(taskId)}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => (response.ok ? response.json() : null))
      .then(show)
      .catch(() => {});
  }
}

export default {
  id: 'jf-task-card',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render
};
