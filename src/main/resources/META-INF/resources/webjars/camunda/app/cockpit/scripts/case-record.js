// Joint reception (联合接访): the case page (案卷) as a Cockpit route, #/case?caseNumber=JF-….
// The page itself is the application's module /case-file/case-file.js, shared with the
// standalone page /case-file/ for roles without Cockpit; the API decides who sees which case.
import { renderCaseFile } from '/case-file/case-file.js';

const ROUTE = '/case';

function caseNumberOfRoute() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('caseNumber');
}

function renderNavigation(node) {
  const link = document.createElement('a');
  link.setAttribute('href', `#${ROUTE}`);
  link.textContent = '案卷查询';
  node.append(link);
}

function renderRoute(node) {
  renderCaseFile(node, {
    caseNumber: caseNumberOfRoute(),
    // keep the address in step so the case can be bookmarked and reopened
    onOpen: n => window.history.replaceState(null, '', `#${ROUTE}?caseNumber=${encodeURIComponent(n)}`)
  });
}

export default [
  {
    id: 'jf-case-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: { path: ROUTE },
    render: renderNavigation
  },
  {
    id: 'jf-case',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: renderRoute
  }
];
