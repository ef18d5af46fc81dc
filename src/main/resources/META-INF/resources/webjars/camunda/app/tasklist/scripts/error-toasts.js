// Joint reception (联合接访): Tasklist's error toasts say only what staff need, and go when they
// are out of date. The server answers in Chinese (docs/api.md "Error answers"), but Tasklist adds its
// own: "task <- " before a task that could not be reloaded, the engine's English when an answer
// was not translated, the same sentence as title and text. Each toast is tidied as Tasklist adds
// it: the Chinese sentence without any English prefix or ids; a task gone in Chinese; English
// alone replaced by a general Chinese sentence (the details are in the server log). An error
// toast goes when the user changes a field of the form or submits again, so an old message
// never stands over a corrected form or its 完成 button.

import { onRequest, SUBMISSION } from './lib/engine-requests.js';
import { withTasklistServices } from './lib/tasklist-services.js';

const TASK_GONE = '该任务已由他人办理完毕或已被撤回，请刷新任务列表。';
const UNEXPLAINED = '系统未能完成此操作，请刷新页面后重试；如仍不成功，请联系管理员。';
const HAN = /[\u3400-\u9fff]/;

/** The words of a toast a staff member should read. */
export function tidy(text, isError) {
  if (typeof text !== 'string' || !text) return text;
  // angular-data-depend names what failed to load: "task <- …", "form <- task <- …"
  let clean = text.replace(/^(?:[\w$.]+\s*<-\s*)+/, '').trim();
  if (/No matching task|task is null|Cannot find task/.test(clean)) return TASK_GONE;
  if (HAN.test(clean)) {
    // an engine prefix before the Chinese: "Cannot instantiate process definition x:1:…: 「…」"
    const prefix = clean.match(/^[^\u3400-\u9fff「」（）]*?:\s*(?=[「（\u3400-\u9fff])/);
    if (prefix && /[A-Za-z]{3,}/.test(prefix[0])) clean = clean.slice(prefix[0].length);
    return clean;
  }
  return isError && /[A-Za-z]{3,}/.test(clean) ? UNEXPLAINED : clean;
}

function tidyNotification(notification) {
  if (!notification || notification.unsafe) return;
  const isError = notification.type === 'danger' || notification.type === 'error';
  const status = tidy(notification.status, isError);
  const message = tidy(notification.message, isError);
  const title = String(status || '').replace(/[。.：:\s]+$/, '');
  // one sentence instead of Tasklist's "title : text" (and the same words only once)
  notification.status = !message ? status
    : !title || message.startsWith(title) ? message : `${title}：${message}`;
  notification.message = '';
}

withTasklistServices((notifications, rootScope) => {
  const add = notifications.add;
  notifications.add = function (notification) {
    tidyNotification(notification);
    return add.call(this, notification);
  };

  const clearErrors = () => rootScope.$applyAsync(() => {
    notifications.notifications
      .filter(n => n.type === 'danger' || n.type === 'error')
      .forEach(n => notifications.clear(n));
  });
  // the user corrects the form: its old error is out of date
  ['input', 'change'].forEach(type => document.addEventListener(type, event => {
    if (event.target && event.target.closest && event.target.closest('.fjs-container')) clearErrors();
  }, true));
  // a new submission gets its own answer
  onRequest(request => {
    if (request.method === 'POST' && SUBMISSION.test(request.url)) clearErrors();
  });
});
