// Joint reception (联合接访): the banner of an all-day reception period (全天候联合接访) in force,
// for every user of Tasklist and Cockpit (GET /api/all-day-reception, with the login session).
// Fixed over the webapps' footer, so it hides nothing of the header.
//
// Asked only once the user is logged in (Camunda's own GET …/auth/user/default answers 404
// otherwise, quietly): /api answers a call without login with a Basic challenge, which would
// open the browser's password dialog over the login page. Checked every few seconds, so it shows
// right after login; the period itself is read again every five minutes.

const ID = 'jf-all-day-banner';
const CHECK_EVERY = 5 * 1000;
const READ_EVERY = 5 * 60 * 1000;
const json = { credentials: 'same-origin', headers: { Accept: 'application/json' } };

let readAt = 0;

async function loggedIn() {
  const response = await fetch('/camunda/api/admin/auth/user/default', json);
  return response.ok;
}

function show(period) {
  let banner = document.getElementById(ID);
  if (!period) {
    if (banner) banner.remove();
    return;
  }
  if (!banner) {
    banner = document.createElement('div');
    banner.id = ID;
    banner.setAttribute('role', 'status');
    banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2000;padding:6px 12px;'
      + 'background:#c9302c;color:#fff;font-weight:bold;text-align:center;';
    document.body.append(banner);
  }
  banner.textContent = `全天候联合接访（${period.reason}）：${period.from} 至 ${period.to}，节假日照常值班接访。`;
}

async function check() {
  try {
    if (!(await loggedIn())) {
      readAt = 0;
      show(null);
      return;
    }
    if (readAt && Date.now() - readAt < READ_EVERY) return;
    const response = await fetch('/api/all-day-reception', json);
    if (!response.ok) return;
    readAt = Date.now();
    show((await response.json()).current);
  } catch (e) {
    // a banner, not a page: nothing changes when the server cannot say
  }
}

export function showAllDayBanner() {
  check();
  setInterval(check, CHECK_EVERY);
}
