// Joint reception (联合接访): Tasklist's search box (过滤任务) finds a task by its case number, its
// petitioner's name or its own name. Text typed into the box becomes the criterion
// 「信访件编号 / 信访人 / 任务名称」, which goes to the engine as one or-query: process business key
// like (the case number, upper-cased), process variable petitionerName like, task name like. Staff
// who are not administrators are offered only the criteria they use (no 租户 ID, 案例定义 ID,
// execution or definition ids …); administrators keep all of Camunda's.
//
// Two hooks, both through AngularJS's public API before Tasklist starts (custom scripts are
// imported first): a decorator of the search widget puts the criteria in place before the widget
// links (it picks its default criterion then), and a wrapper of the filter resource's getTasks
// turns the criterion into the or-query, whichever way the search was built (pills, URL, match
// any).

const QUICK = 'caseOrPetitioner';
const QUICK_QUERY_KEY = `${QUICK}Like`; // Tasklist names a criterion's query key type + operator
const PETITIONER = 'petitionerName';
const ADMINISTRATORS = 'camunda-admin';

const QUICK_TYPE = {
  id: { key: QUICK, value: '信访件编号 / 信访人 / 任务名称' },
  operators: [{ key: 'Like', value: 'LIKE' }],
  default: true
};

/** What the registration staff, the units and the other roles search by. */
const STAFF_CRITERIA = [QUICK, 'name', 'processVariables', 'processDefinitionName', 'assignee',
  'due', 'followUp', 'created'];

let camundaTypes = null; // Camunda's criteria as first seen, to rebuild the list per user

function offer(types, administrator) {
  if (!camundaTypes) {
    camundaTypes = types.filter(t => t.id.key !== QUICK);
    camundaTypes.forEach(t => {
      t.default = false;
    });
  }
  const offered = administrator ? camundaTypes
    : camundaTypes.filter(t => STAFF_CRITERIA.includes(t.id.key));
  types.splice(0, types.length, QUICK_TYPE, ...offered);
}

async function isAdministrator() {
  try {
    const response = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const me = response.ok ? await response.json() : null;
    return !!(me && Array.isArray(me.groupIds) && me.groupIds.includes(ADMINISTRATORS));
  } catch (e) {
    return false;
  }
}

/** The widget translates the labels of the criteria it links with; these come later. */
function translate(types, $translate) {
  types.forEach(t => {
    t.id.value = $translate.instant(t.id.value);
    (t.operators || []).forEach(o => {
      o.value = $translate.instant(o.value);
    });
  });
}

function beforeLink(scope, attrs, $translate) {
  // the task list's search only (Tasklist's other widgets use other storage groups)
  if (attrs.camWidgetSearchStorageGroup !== "'TLT'" || !Array.isArray(scope.types)) return;
  offer(scope.types, false);
  isAdministrator().then(administrator => {
    if (administrator) {
      translate(camundaTypes, $translate);
      offer(scope.types, true);
      scope.$applyAsync();
    }
  });
}

function wrapLink(link, $translate) {
  if (typeof link === 'function') {
    return function (scope, element, attrs) {
      beforeLink(scope, attrs, $translate);
      return link.apply(this, arguments);
    };
  }
  return Object.assign({}, link, {
    pre(scope, element, attrs) {
      beforeLink(scope, attrs, $translate);
      return link.pre ? link.pre.apply(this, arguments) : undefined;
    }
  });
}

/** One criterion of the quick search as the engine's or-query: any of the three matches. */
function anyOf(term, query) {
  const or = Object.assign({}, query);
  delete or[QUICK_QUERY_KEY];
  if (!or.nameLike) or.nameLike = term;
  or.processInstanceBusinessKeyLike = String(term).toUpperCase();
  or.processVariables = (or.processVariables || []).concat([{ name: PETITIONER, operator: 'like', value: term }]);
  return or;
}

function expandQuickSearch(query) {
  if (!query || typeof query !== 'object') return query;
  const expanded = Object.assign({}, query);
  // "match any" puts every pill into one or-query: the three alternatives join it
  if (Array.isArray(expanded.orQueries)) {
    expanded.orQueries = expanded.orQueries.map(q => (q && q[QUICK_QUERY_KEY] !== undefined ? anyOf(q[QUICK_QUERY_KEY], q) : q));
  }
  if (expanded[QUICK_QUERY_KEY] !== undefined) {
    const term = expanded[QUICK_QUERY_KEY];
    delete expanded[QUICK_QUERY_KEY];
    expanded.orQueries = (expanded.orQueries || []).concat([anyOf(term, {})]);
  }
  return expanded;
}

const tasklist = window.angular.module('cam.tasklist');

tasklist.config(['$provide', $provide => {
  $provide.decorator('camWidgetSearchDirective', ['$delegate', '$injector', ($delegate, $injector) => {
    const directive = $delegate[0];
    const compile = directive.compile;
    directive.compile = function () {
      return wrapLink(compile.apply(this, arguments), $injector.get('$translate'));
    };
    return $delegate;
  }]);
}]);

tasklist.run(['camAPI', camAPI => {
  const filters = camAPI.resource('filter');
  const getTasks = filters.getTasks;
  filters.getTasks = function (query, done) {
    return getTasks.call(this, expandQuickSearch(query), done);
  };
}]);
