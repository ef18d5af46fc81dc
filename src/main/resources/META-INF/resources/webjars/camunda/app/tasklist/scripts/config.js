// Joint reception (联合接访): Chinese first for Chinese browsers, English stays available.
// Dates use the locale's formats (zh: 2026年3月2日 09:00).
export default {
  // the header and the page title: 「泗县联合接访中心 任务列表」 instead of 「Camunda …」
  app: {
    name: '任务列表',
    vendor: '泗县联合接访中心'
  },
  // no first-visit notice: it asks GET /camunda-welcome, which this application does not serve
  disableWelcomeMessage: true,
  // plain ES modules: task tabs 「文书」 the case's documents to print, 「附件」 its materials,
  // 「案卷」 a link to the case's whole record; the task card (case number, petitioner, deadline);
  // the search box finding tasks by case number and petitioner, with the criteria staff use;
  // 「今日值班」 (today's duty roster and 签到) in the top bar; the all-day
  // reception banner;
  // form-js's messages in Chinese, tidy error toasts, the notice after registration and
  // 分类确认 (docs/development.md "Messages in Tasklist")
  customScripts: [
    'scripts/case-documents.js',
    'scripts/case-materials-tab.js',
    'scripts/case-record-link.js',
    'scripts/task-card.js',
    'scripts/quick-search.js',
    'scripts/duty-today.js',
    'scripts/form-messages.js',
    'scripts/error-toasts.js',
    'scripts/case-progress-notice.js',
    'scripts/all-day-banner.js'
  ],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到任务表单的第一个输入项'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
