// Joint reception (联合接访): the messages of Camunda Forms (form-js) in Chinese. form-js writes its
// validation messages and a few placeholders in English ("Field is required.", "Field must match
// pattern ^[0-9]{17}[0-9Xx]$.", "Select") and has no translation hook, so this watches the page
// and rewrites each one as it appears: naming the field by its label, saying what to do, never
// showing a pattern. A pattern's meaning comes from GET /api/forms/pattern-hints, made from
// forms/pattern-hints.json (one Chinese hint per field key) and the patterns of the forms.
// Text nodes are changed in place, so form-js (Preact) keeps updating the same nodes and every
// new English text it writes is seen and translated again.

const CHOICE_FIELDS = ['fjs-form-field-select', 'fjs-form-field-radio', 'fjs-form-field-checklist',
  'fjs-form-field-taglist', 'fjs-form-field-checkbox', 'fjs-form-field-datetime'];

let hints = null;
let hintsLoading = null;

function loadHints() {
  if (!hintsLoading) {
    hintsLoading = fetch('/api/forms/pattern-hints', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(loaded => {
        hints = loaded;
        translateAll();
      })
      .catch(() => {
        hintsLoading = null; // not logged in yet, or offline: ask again at the next message
      });
  }
}

function fieldOf(node) {
  return node.parentElement && node.parentElement.closest('.fjs-form-field');
}

function labelOf(field) {
  const label = field && field.querySelector('.fjs-form-field-label');
  if (!label) return '此项';
  const text = Array.from(label.childNodes)
    .filter(n => !(n.nodeType === 1 && n.classList.contains('fjs-asterix')))
    .map(n => n.textContent).join('').trim();
  return text || '此项';
}

function lengthOf(field) {
  const input = field && field.querySelector('textarea, input');
  return input ? input.value.trim().length : null;
}

function isChoice(field) {
  return !!field && CHOICE_FIELDS.some(c => field.classList.contains(c));
}

/** The Chinese for one form-js message, or null when it is not one of form-js's. */
function chinese(english, field) {
  const label = `「${labelOf(field)}」`;
  let m;
  if (english === 'Field is required.') {
    return isChoice(field) ? `请选择${label}。` : `${label}不能为空，请填写。`;
  }
  if ((m = english.match(/^Field must match pattern (.*)\.$/s))) {
    if (hints && hints[m[1]]) return `${label}${hints[m[1]]}。`;
    if (!hints) loadHints();
    return `${label}的格式不正确，请按该项下方的说明填写。`;
  }
  if ((m = english.match(/^Field must have maximum length of (\d+)\.$/))) {
    const now = lengthOf(field);
    return `${label}最多${m[1]}个字${now ? `，现有${now}个字，请删减${now - Number(m[1])}个字以上` : '，请删减'}。`;
  }
  if ((m = english.match(/^Field must have minimum length of (\d+)\.$/))) {
    return `${label}至少应有${m[1]}个字，请补充。`;
  }
  if ((m = english.match(/^Field must have maximum value of (.+)\.$/))) return `${label}不能大于${m[1]}，请修改。`;
  if ((m = english.match(/^Field must have minimum value of (.+)\.$/))) return `${label}不能小于${m[1]}，请修改。`;
  if (english === 'Value is not a number.') return `${label}应为数字，请修改。`;
  if (english === 'Value is expected to be an integer.') return `${label}应为整数，请修改。`;
  if ((m = english.match(/^Value is expected to have at most (\d+) decimal digits?\.$/))) {
    return `${label}最多保留${m[1]}位小数，请修改。`;
  }
  if ((m = english.match(/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/))) {
    return `${label}的值无效，请改为${m[1]}或${m[2]}。`;
  }
  if (english === 'Field must be a valid email.') return `${label}应为有效的电子邮箱地址，请修改。`;
  if (english.startsWith('Field must be a valid  international phone number')) {
    return `${label}应为带国家代码的电话号码（如+8613855701234），请修改。`;
  }
  if (english === 'Date and time must both be entered.') return `${label}须同时填写日期和时间。`;
  return null;
}

// what each message node showed in English, and what it was turned into
const sources = new WeakMap();

function translateMessage(textNode) {
  const field = fieldOf(textNode);
  const seen = sources.get(textNode);
  // our own text again (e.g. the hints arrived): work from the English it replaced
  const english = seen && seen.chinese === textNode.data ? seen.english : textNode.data.trim();
  const zh = chinese(english, field);
  if (zh && zh !== textNode.data) {
    sources.set(textNode, { english, chinese: zh });
    textNode.data = zh;
  }
}

const PLACEHOLDERS = { Search: '输入文字查找', 'hh:mm': '时:分', 'hh:mm ?m': '时:分' };
// the date picker's placeholder is the browser's date order in letters (yyyy/mm/dd)
const DATE_ORDER = /^(?:yyyy|mm|dd)(?:[/.-](?:yyyy|mm|dd)){2}$/;

function placeholderInChinese(text) {
  if (PLACEHOLDERS[text]) return PLACEHOLDERS[text];
  return DATE_ORDER.test(text) ? text.replace('yyyy', '年').replace('mm', '月').replace('dd', '日') : null;
}
const TEXTS = { Select: '请选择', 'No results': '没有匹配的选项', 'All values selected': '已全部选择' };

function translateAll(root = document) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(li => {
    li.childNodes.forEach(n => n.nodeType === 3 && n.data.trim() && translateMessage(n));
  });
  root.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach(el => {
    el.childNodes.forEach(n => {
      if (n.nodeType === 3 && TEXTS[n.data.trim()]) n.data = TEXTS[n.data.trim()];
    });
  });
  root.querySelectorAll('.fjs-container input[placeholder]').forEach(input => {
    const zh = placeholderInChinese(input.getAttribute('placeholder'));
    if (zh) input.setAttribute('placeholder', zh);
  });
}

// observer callbacks run before the page is painted: the English is never seen. Our own
// changes call it again and find nothing left to change.
new MutationObserver(() => translateAll()).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
});
