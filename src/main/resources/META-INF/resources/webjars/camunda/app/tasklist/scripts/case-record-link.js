// Joint reception (联合接访): a tab 案卷 on every task in Tasklist, linking to the case page
// (/case-file/?caseNumber=…) with every step of the task's case. The case number is the task's
// process business key (the case, its mediation, supervision and referral processes alike).

const ENGINE = '/camunda/api/engine/engine/default';

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

async function caseNumberOf(taskId) {
  try {
    const variable = await getJson(`${ENGINE}/task/${encodeURIComponent(taskId)}/variables/caseNumber`);
    if (variable && variable.value) return String(variable.value);
  } catch (e) {
    // not every task carries the variable: fall back to the process business key
  }
  const task = await getJson(`${ENGINE}/task/${encodeURIComponent(taskId)}`);
  const instance = await getJson(`${ENGINE}/process-instance/${encodeURIComponent(task.processInstanceId)}`);
  return instance.businessKey;
}

function render(node, { taskId }) {
  const box = document.createElement('div');
  box.className = 'jf-case-link';
  box.style.padding = '12px';
  box.textContent = '正在查找信访件……';
  node.replaceChildren(box);
  caseNumberOf(taskId).then(caseNumber => {
    if (!caseNumber) {
      box.textContent = '该任务不属于某一信访件。';
      return;
    }
    const link = document.createElement('a');
    link.setAttribute('href', `/case-file/?caseNumber=${encodeURIComponent(caseNumber)}`);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
    link.setAttribute('data-case', caseNumber);
    link.textContent = `打开信访件 ${caseNumber} 的案卷（办理全过程，可打印）`;
    box.replaceChildren(link);
  }).catch(() => {
    box.textContent = '暂时无法读取该任务所属的信访件。';
  });
}

export default {
  id: 'jf-case-record-link',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  label: '案卷',
  render
};
