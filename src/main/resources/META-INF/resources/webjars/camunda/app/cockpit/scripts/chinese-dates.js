// Joint reception (联合接访): dates in Cockpit the Chinese way (2026年12月4日 12:53). Cockpit
// hard-codes its "normal" date format as 2026-12-04T12:53:00 and ignores config.js's dateFormat;
// this module runs before Cockpit starts (customScripts) and sets the locale's formats instead.
window.angular.module('cam.cockpit').config(['camDateFormatProvider', formats => {
  formats.setDateFormat('LLL', 'normal');
  formats.setDateFormat('lll', 'abbr');
  formats.setDateFormat('LL', 'short');
  formats.setDateFormat('LLLL', 'long');
}]);

export default [];
