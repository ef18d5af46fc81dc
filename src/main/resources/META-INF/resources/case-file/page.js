// The standalone case page: /case-file/?caseNumber=JF-… opens that case (links from Tasklist
// and the statistics dashboard); without it, the search form only.
import { renderCaseFile } from './case-file.js';

const node = document.getElementById('case-file');
const caseNumber = new URLSearchParams(window.location.search).get('caseNumber');
renderCaseFile(node, {
  caseNumber,
  onOpen: n => {
    const url = new URL(window.location.href);
    url.searchParams.set('caseNumber', n);
    window.history.replaceState(null, '', url);
  }
});
