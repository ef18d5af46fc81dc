// Joint reception (联合接访): Chinese first for Chinese browsers, English stays available.
// Dates use the locale's formats (zh: 2026年3月2日 09:00).
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
