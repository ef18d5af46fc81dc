// Joint reception (联合接访): the 「附件」 tab of every task in Tasklist, a plain ES module (no build
// step) listed in customScripts of config.js. The list and upload form are the application's
// module /case-file/materials.js, the same as on the case page.
import { renderMaterials } from '/case-file/materials.js';

const ENGINE_API = '/camunda/api/engine/engine/default';

/** The task shown now: Tasklist keeps the plugin when another task is selected. */
function shownTaskId(fallback) {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task') || fallback;
}

async function caseNumberOf(taskId) {
  const response = await fetch(`${ENGINE_API}/task/${encodeURIComponent(taskId)}/variables/caseNumber`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return response.ok && body && typeof body.value === 'string' ? body.value : null;
}

async function show(node, taskId) {
  const caseNumber = await caseNumberOf(taskId);
  const heading = document.createElement('h4');
  heading.textContent = caseNumber ? `信访件 ${caseNumber} 的附件` : '附件';
  const body = document.createElement('div');
  const tab = document.createElement('div');
  tab.style.padding = '12px 4px';
  tab.append(heading, body);
  node.replaceChildren(tab);
  if (!caseNumber) {
    body.textContent = '此任务不属于某一信访件，没有附件。';
    return;
  }
  await renderMaterials(body, caseNumber);
}

let watching = null;

export default [
  {
    id: 'jf-case-materials',
    pluginPoint: 'tasklist.task.detail',
    // after the form (1000), history (800) and diagram (600), before the description (100)
    priority: 500,
    properties: { label: '附件' },
    render: (node, { taskId }) => {
      let shown = shownTaskId(taskId);
      show(node, shown);
      watching = () => {
        const now = shownTaskId(taskId);
        if (now !== shown && node.isConnected) {
          shown = now;
          show(node, shown);
        }
      };
      window.addEventListener('hashchange', watching);
    },
    unmount: () => {
      if (watching) window.removeEventListener('hashchange', watching);
      watching = null;
    }
  }
];
