// Joint reception (联合接访): the all-day reception banner (全天候联合接访), shared with the other
// webapp (/all-day/all-day-banner.js). No plugin: it shows on every page.
import { showAllDayBanner } from '/all-day/all-day-banner.js';

showAllDayBanner();
