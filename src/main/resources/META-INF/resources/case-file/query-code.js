// The case page's 网上查询码 block (registration staff only): issue a new query code for the
// petitioner's public page; the server answers the 登记回执 printed again with it
// (POST /api/cases/{n}/query-code, docs/api.md), offered here as a link to open and print.
import { el } from '/ui/dom.js';

async function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  if (cookie) return decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
  const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  try {
    const body = await response.json();
    return response.ok && body ? body.token : '';
  } catch (e) {
    return '';
  }
}

async function isRegistrationStaff() {
  try {
    const response = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const me = response.ok ? await response.json() : null;
    return !!(me && (me.groupIds || []).includes('registration-staff'));
  } catch (e) {
    return false;
  }
}

export async function renderQueryCode(node, caseNumber) {
  if (!(await isRegistrationStaff())) {
    node.remove();
    return;
  }
  const result = el('div', { class: 'jf-query-code-result' });
  const button = el('button', { type: 'button', class: 'btn jf-query-code-issue' }, '重新生成网上查询码并打印登记回执');
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren('正在生成……');
    try {
      const response = await fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/query-code', {
        method: 'POST', credentials: 'same-origin',
        headers: { Accept: 'application/pdf, application/json', 'X-XSRF-TOKEN': await csrfToken() }
      });
      if (!response.ok) {
        let message = '未能生成网上查询码，请稍后重试。';
        try { message = (await response.json()).message || message; } catch (e) { /* not JSON */ }
        result.replaceChildren(el('span', { class: 'jf-late' }, message));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      result.replaceChildren('已生成新的网上查询码，原查询码随即失效。',
        el('a', { href: url, target: '_blank', class: 'jf-query-code-receipt' }, '打开并打印登记回执（含新查询码）'),
        '。查询码只印在这份回执上，请当场交给信访人。');
    } finally {
      button.disabled = false;
    }
  });
  node.replaceChildren(
    el('p', {}, '信访人遗失登记回执或查询码的，核实身份后可重新生成网上查询码，原查询码随即失效。'),
    button, result);
}
