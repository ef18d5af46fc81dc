// Joint reception (联合接访): tells administrators on the Cockpit dashboard that a year of the
// working-day calendar is provisional (docs/administration.md "Working-day calendar"): its statutory holidays are
// computed, its make-up working days unknown until the official file is dropped in.
// The notices are the API's own (GET /api/calendar/years); nothing is shown when there are none.

const ADMINISTRATORS = 'camunda-admin';

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/** Hides this view, and the dashboard's section for plugins when no other view is left in it. */
function hideSection(node) {
  const view = node.closest('[data-plugin-id]') || node;
  view.style.display = 'none';
  const section = view.closest('section');
  if (section && [...section.querySelectorAll('[data-plugin-id]')].every(v => v.style.display === 'none')) {
    section.style.display = 'none';
  }
}

async function renderNotice(node) {
  try {
    const me = await getJson('/api/me');
    if (!((me && me.groupIds) || []).includes(ADMINISTRATORS)) {
      hideSection(node);
      return;
    }
    const years = await getJson('/api/calendar/years');
    const notices = (years && years.notices) || [];
    if (!notices.length) {
      hideSection(node);
      return;
    }
    node.replaceChildren(el('div', { class: 'alert alert-warning jf-calendar-notice', role: 'status' },
      el('strong', {}, '工作日历'),
      ...notices.map(text => el('p', { class: 'jf-calendar-provisional' }, text)),
      el('p', {}, '导入方法：将通知的放假和调休上班日期录入为“年份.json”（格式见开发文档“Working-day calendar”），'
        + '放入工作日历文件夹（reception.calendar.folder），一分钟内生效，即取代暂定日历。')));
  } catch (e) {
    hideSection(node); // a notice, not a page: the calendar API answers for itself
  }
}

export default {
  id: 'jf-calendar-notice',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: renderNotice
};
