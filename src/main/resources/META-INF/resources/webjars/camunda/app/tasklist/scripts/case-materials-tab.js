// Joint reception (联合接访): the 「附件」 tab of every task in Tasklist, a plain ES module (no build
// step) listed in customScripts of config.js. It lists the materials of the task's case and
// uploads new ones through the project's API (README "Materials of a case"), with the Tasklist
// login session and its CSRF token; the API decides who may read the case. The DOM is built from
// data, never parsed as HTML.

const ENGINE_API = '/camunda/api/engine/engine/default';
const KINDS = [
  ['LETTER', '来信'], ['PHOTO', '照片'], ['EVIDENCE', '证据材料'],
  ['SIGNED_COMMITMENT', '息访承诺书（已签字）'], ['SEALED_UNIT_REPLY', '单位答复（盖章）'], ['OTHER', '其他']
];

const STYLE = `
.jf-materials { padding: 12px 4px; }
.jf-materials table { width: 100%; margin-bottom: 16px; }
.jf-materials th, .jf-materials td { padding: 4px 8px; border-bottom: 1px solid #e5e5e5; text-align: left; }
.jf-materials .jf-empty { color: #777; margin-bottom: 16px; }
.jf-materials form { display: grid; grid-template-columns: 7em minmax(0, 28em); gap: 8px 12px; align-items: center; }
.jf-materials form button { grid-column: 2; justify-self: start; }
.jf-materials .jf-error { color: #a94442; background: #f2dede; padding: 8px 12px; margin: 8px 0; }
.jf-materials .jf-done { color: #3c763d; background: #dff0d8; padding: 8px 12px; margin: 8px 0; }
`;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The task shown now: Tasklist keeps the plugin when another task is selected. */
function shownTaskId(fallback) {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task') || fallback;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

async function caseNumberOf(taskId) {
  const response = await fetch(`${ENGINE_API}/task/${encodeURIComponent(taskId)}/variables/caseNumber`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await readJson(response);
  return response.ok && body && typeof body.value === 'string' ? body.value : null;
}

function size(bytes) {
  if (bytes >= 1024 * 1024) return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  if (bytes >= 1024) return Math.ceil(bytes / 1024) + ' KB';
  return bytes + ' 字节';
}

function when(instant) {
  return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function table(materials) {
  if (!materials.length) {
    return el('div', { class: 'jf-empty' }, '本信访件尚无附件。');
  }
  return el('table', { class: 'table jf-material-list' },
    el('thead', {}, el('tr', {}, ['标题', '类别', '文件', '大小', '上传人', '上传时间'].map(h => el('th', {}, h)))),
    el('tbody', {}, materials.map(m => el('tr', { 'data-material': m.id },
      el('td', {}, m.title), el('td', {}, m.kindName),
      el('td', {}, el('a', { href: m.href, download: m.fileName }, m.fileName)),
      el('td', {}, size(m.size)), el('td', {}, m.uploadedBy), el('td', {}, when(m.uploadedAt))))));
}

function uploadForm(onUpload) {
  const file = el('input', { type: 'file', name: 'file', id: 'jf-material-file', accept: '.pdf,.jpg,.jpeg,.png,.ofd' });
  const title = el('input', { type: 'text', name: 'title', id: 'jf-material-title', class: 'form-control', maxlength: '100' });
  const kind = el('select', { name: 'kind', id: 'jf-material-kind', class: 'form-control' },
    KINDS.map(([value, label]) => el('option', { value }, label)));
  const button = el('button', { type: 'submit', class: 'btn btn-primary' }, '上传');
  const form = el('form', { class: 'jf-material-upload' },
    el('label', { for: 'jf-material-file' }, '文件'), file,
    el('label', { for: 'jf-material-title' }, '材料标题'), title,
    el('label', { for: 'jf-material-kind' }, '材料类别'), kind,
    button);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    try {
      await onUpload(new FormData(form), () => form.reset());
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function show(node, taskId) {
  const caseNumber = await caseNumberOf(taskId);
  const message = el('div', {});
  const list = el('div', {});
  node.replaceChildren(el('div', { class: 'jf-materials' },
    el('h4', {}, caseNumber ? `信访件 ${caseNumber} 的附件` : '附件'), list, message));
  if (!caseNumber) {
    list.append(el('div', { class: 'jf-empty' }, '此任务不属于某一信访件，没有附件。'));
    return;
  }
  const base = `/api/cases/${encodeURIComponent(caseNumber)}/materials`;
  const say = (text, ok) => message.replaceChildren(el('div', { class: ok ? 'jf-done' : 'jf-error' }, text));

  async function reload() {
    const response = await fetch(base, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await readJson(response);
    if (!response.ok) {
      list.replaceChildren(el('div', { class: 'jf-error' }, (body && body.message) || `附件读取失败（${response.status}）。`));
      return false;
    }
    list.replaceChildren(table(body));
    return true;
  }

  if (await reload()) {
    node.querySelector('.jf-materials').append(uploadForm(async (data, clear) => {
      const response = await fetch(base, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
      });
      const body = await readJson(response);
      if (!response.ok) {
        say((body && body.message) || `上传失败（${response.status}）。`, false);
        return;
      }
      clear();
      say(`已上传：${body.title}（${body.fileName}）`, true);
      await reload();
    }));
  }
}

let style = null;
let watching = null;

export default [
  {
    id: 'jf-case-materials',
    pluginPoint: 'tasklist.task.detail',
    // after the form (1000), history (800) and diagram (600), before the description (100)
    priority: 500,
    properties: { label: '附件' },
    render: (node, { taskId }) => {
      if (!style) {
        style = el('style', {}, STYLE);
        document.head.append(style);
      }
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
