// Joint reception (联合接访): the materials (附件) of one case — the list with downloads and the
// upload form — as one plain ES module for the case page (/case-file/, Cockpit #/case) and the
// Tasklist tab 「附件」. It calls the project's API (docs/api.md "Materials of a case") with the webapp
// login session and its CSRF token; the API decides who may read the case. The DOM is built from
// data, never parsed as HTML.

import { el } from '/ui/dom.js';

const KINDS = [
  ['LETTER', '来信'], ['PHOTO', '照片'], ['EVIDENCE', '证据材料'],
  ['SIGNED_COMMITMENT', '息访承诺书（已签字）'], ['SEALED_UNIT_REPLY', '单位答复（盖章）'], ['OTHER', '其他']
];

const STYLE = `
.jf-materials { padding: 4px 0; }
.jf-materials table { width: 100%; margin-bottom: 12px; border-collapse: collapse; }
.jf-materials th, .jf-materials td { padding: 4px 8px; border-bottom: 1px solid #e5e5e5; text-align: left; }
.jf-materials .jf-empty { color: #777; margin-bottom: 12px; }
.jf-materials form { display: grid; grid-template-columns: 7em minmax(0, 28em); gap: 8px 12px; align-items: center; }
.jf-materials form button { grid-column: 2; justify-self: start; }
.jf-materials .jf-error { color: #a94442; background: #f2dede; padding: 8px 12px; margin: 8px 0; }
.jf-materials .jf-done { color: #3c763d; background: #dff0d8; padding: 8px 12px; margin: 8px 0; }
@media print { .jf-materials form, .jf-materials .jf-done { display: none !important; } }
`;

/**
 * The login session's CSRF token: the webapps' cookie inside /camunda (Tasklist, Cockpit), else
 * asked of the API (the case page /case-file/ cannot read a cookie scoped to /camunda).
 */
async function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  if (cookie) return decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
  const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await readJson(response);
  return response.ok && body ? body.token : '';
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
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

let styled = false;

/** Renders the case's materials and, when the caller may read the case, the upload form. */
export async function renderMaterials(node, caseNumber) {
  if (!styled) {
    document.head.append(el('style', {}, STYLE));
    styled = true;
  }
  const message = el('div', {});
  const list = el('div', {});
  const box = el('div', { class: 'jf-materials' }, list, message);
  node.replaceChildren(box);
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
    box.append(uploadForm(async (data, clear) => {
      const response = await fetch(base, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken() }
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
