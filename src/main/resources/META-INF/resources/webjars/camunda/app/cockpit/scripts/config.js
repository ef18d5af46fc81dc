// Joint reception (联合接访): Chinese first for Chinese browsers, English stays available.
// Dates use the locale's formats (zh: 2026年3月2日 09:00).
export default {
  // the header and the page title: 「泗县联合接访中心 驾驶舱」 instead of 「Camunda …」
  app: {
    name: '驾驶舱',
    vendor: '泗县联合接访中心'
  },
  // no first-visit notice: it asks GET /camunda-welcome, which this application does not serve
  disableWelcomeMessage: true,
  // plain ES modules: Chinese dates, the user's role marks (roles.js, used by user-styles.css),
  // the supervisors' dashboard 统计分析 (docs/user-guide.zh.md "督查人员：统计分析"), the case page
  // 案卷, the administrators' notice of a provisional calendar year (docs/administration.md) and
  // diagrams drawn large enough to read; the all-day reception banner (全天候联合接访)
  customScripts: [
    'scripts/chinese-dates.js',
    'scripts/roles.js',
    'scripts/statistics-dashboard.js',
    'scripts/case-record.js',
    'scripts/calendar-notice.js',
    'scripts/readable-diagram.js',
    'scripts/all-day-banner.js'
  ],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
