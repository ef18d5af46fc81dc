// Joint reception (联合接访): 「今日值班」 in Tasklist's top bar — who is on duty today at each
// post, by shift in an all-day reception period (GET /api/roster/today, with the login session), a link to the roster page /roster/, and
// for the person on duty today the one-click check-in (签到, POST /api/roster/check-in; the server
// records the time).

function render(node) {
  const wrapper = document.createElement('div');
  wrapper.className = 'jf-duty-today';
  wrapper.style.cssText = 'position:relative;display:inline-block;padding:0 10px;line-height:40px;';
  const toggle = document.createElement('a');
  toggle.setAttribute('href', '');
  toggle.setAttribute('id', 'jf-duty-toggle');
  toggle.textContent = '今日值班';
  const panel = document.createElement('div');
  panel.setAttribute('id', 'jf-duty-panel');
  panel.style.cssText = 'display:none;position:absolute;right:0;top:40px;z-index:1000;background:#fff;'
    + 'color:#333;border:1px solid #ccc;padding:8px 12px;min-width:260px;line-height:1.6;box-shadow:0 2px 6px rgba(0,0,0,.2);';
  toggle.addEventListener('click', event => {
    event.preventDefault();
    const open = panel.style.display === 'none';
    panel.style.display = open ? 'block' : 'none';
    if (open) fill(panel);
  });
  wrapper.append(toggle, panel);
  node.append(wrapper);
}

async function fill(panel) {
  panel.textContent = '正在读取……';
  try {
    const response = await fetch('/api/roster/today', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const today = await response.json();
    const title = document.createElement('div');
    title.style.fontWeight = 'bold';
    title.textContent = today.dayText;
    const list = document.createElement('ul');
    list.style.cssText = 'padding-left:18px;margin:4px 0;';
    for (const entry of today.duty) {
      const item = document.createElement('li');
      item.setAttribute('data-post', entry.post);
      item.setAttribute('data-shift', entry.shift);
      // in an all-day period each shift is named, the one on now marked
      const shift = entry.shiftName ? `【${entry.shiftName} ${entry.hours}${entry.current ? '，当班' : ''}】` : '';
      item.textContent = `${shift}${entry.postName}：${entry.name}`;
      list.append(item);
    }
    const empty = document.createElement('div');
    empty.textContent = today.dutyDay ? '今日尚无值班安排。' : '今日不是工作日，无值班安排。';
    const link = document.createElement('a');
    link.setAttribute('href', '/roster/');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
    link.textContent = '打开值班表';
    panel.replaceChildren(title, today.duty.length ? list : empty, ...checkIn(panel, today.myCheckIn), link);
  } catch (e) {
    panel.textContent = '暂时无法读取今日值班。';
  }
}

function checkIn(panel, mine) {
  if (!mine) return [];
  const line = document.createElement('div');
  line.setAttribute('id', 'jf-check-in');
  line.style.cssText = 'margin:6px 0;';
  const shift = mine.shiftName ? `（${mine.shiftName}）` : '';
  if (mine.done) {
    line.textContent = `已于${mine.done.time}签到${shift}${mine.done.onTime ? '' : `（晚于${mine.by}）`}`;
    return [line];
  }
  const button = document.createElement('button');
  button.setAttribute('type', 'button');
  button.setAttribute('id', 'jf-check-in-button');
  button.className = 'btn btn-primary btn-xs';
  button.textContent = '签到';
  const note = document.createElement('span');
  note.style.marginLeft = '6px';
  note.textContent = `${shift}请于${mine.by}前签到`;
  button.addEventListener('click', async event => {
    event.preventDefault();
    event.stopPropagation();
    button.disabled = true;
    try {
      const response = await fetch('/api/roster/check-in', {
        method: 'POST', credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken() }
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        note.textContent = problem.message || '签到失败，请稍后再试。';
        button.disabled = false;
        return;
      }
      fill(panel);
    } catch (e) {
      note.textContent = '签到失败，请稍后再试。';
      button.disabled = false;
    }
  });
  line.append(button, note);
  return [line];
}

// Camunda's XSRF cookie, or the session's token when the cookie is not (yet) set
async function csrfToken() {
  const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
  if (match) return decodeURIComponent(match[1]);
  const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = response.ok ? await response.json() : null;
  return body ? body.token : '';
}

export default {
  id: 'jf-duty-today',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render
};
