// Joint reception (联合接访): marks the page with what the logged-in user may do, for
// user-styles.css to hide what the role may not use instead of offering it and then refusing:
//   jf-administrator    camunda-admin: every action, ids and technical processes
//   jf-reads-all-tasks  the center's readers (director, deputy director, supervisors): 人工任务
// Until the groups are known nothing is marked, so everything role-bound stays hidden.
// It also names the page kind (data-jf-page="process-instance", …) for rules that hold on one
// kind of page only.
const ADMINISTRATORS = 'camunda-admin';
const READ_ALL_TASKS = ['center-director', 'deputy-director', 'supervisors', ADMINISTRATORS];
const MARKS = ['jf-administrator', 'jf-reads-all-tasks'];

function mark(groups) {
  const root = document.documentElement;
  root.classList.toggle('jf-administrator', groups.includes(ADMINISTRATORS));
  root.classList.toggle('jf-reads-all-tasks', groups.some(g => READ_ALL_TASKS.includes(g)));
}

window.angular.module('cam.cockpit').run(['$rootScope', $rootScope => {
  let user = null;
  const follow = authentication => {
    const name = authentication && authentication.name;
    if (name === user) return;
    user = name;
    document.documentElement.classList.remove(...MARKS);
    // GET /api/me (the application's own API) names the session's groups; asked only when
    // logged in, since it answers 401 otherwise
    if (name) {
      fetch('/api/me', { credentials: 'same-origin' })
        .then(answer => (answer.ok ? answer.json() : { groupIds: [] }))
        .then(me => { if (user === name) mark(me.groupIds || []); });
    }
  };
  const page = () => {
    document.documentElement.dataset.jfPage = (window.location.hash.split('?')[0].split('/')[1] || '');
  };
  page();
  $rootScope.$on('$routeChangeSuccess', page);
  window.addEventListener('hashchange', page);
  follow($rootScope.authentication);
  $rootScope.$on('authentication.changed', (event, authentication) => follow(authentication));
}]);

export default [];
