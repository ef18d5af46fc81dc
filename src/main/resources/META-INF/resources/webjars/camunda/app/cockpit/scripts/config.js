// Joint reception (联合接访): Chinese first for Chinese browsers, English stays available.
// Dates use the locale's formats (zh: 2026年3月2日 09:00).
export default {
  // the supervisors' dashboard 统计分析 (a plain ES module, see docs/user-guide.zh.md "督查人员：统计分析");
  // the administrators' notice of a provisional calendar year (docs/administration.md "Working-day calendar")
  customScripts: ['scripts/statistics-dashboard.js', 'scripts/case-record.js',
    'scripts/calendar-notice.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
