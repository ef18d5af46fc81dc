// Joint reception (联合接访): Chinese first for Chinese browsers, English stays available.
// Dates use the locale's formats (zh: 2026年3月2日 09:00).
export default {
  // the header and the page title: 「泗县联合接访中心 首页」 instead of 「Camunda …」
  app: {
    name: '首页',
    vendor: '泗县联合接访中心'
  },
  // no first-visit notice: it asks GET /camunda-welcome, which this application does not serve
  disableWelcomeMessage: true,
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
