// 全天候联合接访日报 in the 统计分析 dashboard: the daily reports of the period in force or the
// last one (GET /api/all-day-reception/reports). Only the groups the API lets read them ask for
// them (a unit's staff makes no refused request); times without any period show nothing.
import { el } from '/ui/dom.js';

const API = '/api/all-day-reception/reports';
const READERS = ['center-director', 'deputy-director', 'registration-staff', 'county-leaders',
  'supervisors', 'camunda-admin'];

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

function summary(r) {
  const day = r.zeroReport ? '零报告：今日无新登记信访事项'
    : `新登记${r.registered}件（集体访${r.groupVisits}件、重复信访${r.repeatPetitions}件）`;
  return `${r.date} 日报　${day}；办结${r.closed}件，在办${r.openCases}件，其中逾期${r.overdue}件`;
}

/** Fills the node with the reports, newest first; leaves it empty when there are none to show. */
export async function renderAllDayReports(node) {
  let reports = [];
  try {
    const me = await getJson('/api/me');
    if (!((me && me.groupIds) || []).some(g => READERS.includes(g))) return;
    reports = await getJson(API);
  } catch (e) {
    return;
  }
  if (!reports.length) return;
  node.replaceChildren(
    el('h3', {}, '全天候联合接访日报（本期或最近一期）'),
    ...reports.slice().reverse().map(r => el('details', { 'data-report-date': r.date },
      el('summary', {}, summary(r)),
      el('pre', { class: 'jf-report-text' }, r.text))));
}
