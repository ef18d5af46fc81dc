// Joint reception (联合接访): lets Tasklist scripts follow Tasklist's own calls to the engine API
// (the start of a case, the submission of a task form, the loading of a task) without changing
// them: Tasklist's SDK calls through XMLHttpRequest, so its open/send are wrapped once and every
// listener hears each request when it is sent and when it is answered. Imported by other
// scripts, not listed in config.js itself (a second URL would make a second copy).

const sent = [];
const answered = [];

function tell(listeners, request) {
  listeners.forEach(listener => {
    try {
      listener(request);
    } catch (e) {
      console.error(e);
    }
  });
}

if (!XMLHttpRequest.prototype.jfFollowed) {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.jfFollowed = true;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.jfRequest = { method: String(method).toUpperCase(), url: new URL(String(url), document.baseURI).pathname };
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    const request = this.jfRequest;
    if (request) {
      tell(sent, request);
      this.addEventListener('loadend', () => {
        const text = this.responseType === '' || this.responseType === 'text' ? this.responseText : null;
        tell(answered, { ...request, status: this.status, json: () => (text ? JSON.parse(text) : null) });
      });
    }
    return send.call(this, body);
  };
}

/** Calls {@code listener({method, url})} when a request is sent. */
export function onRequest(listener) {
  sent.push(listener);
}

/** Calls {@code listener({method, url, status, json()})} when a request is answered. */
export function onAnswer(listener) {
  answered.push(listener);
}

/** Path of a case form submission (a start or a task form), or null. */
export const SUBMISSION = /\/(?:process-definition\/(?:key\/[^/]+(?:\/tenant-id\/[^/]+)?|[^/]+)\/(?:submit-form|start)|task\/[^/]+\/(?:submit-form|complete))$/;
