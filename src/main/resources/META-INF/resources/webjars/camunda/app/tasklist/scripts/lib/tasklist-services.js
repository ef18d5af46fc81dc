// Joint reception (联合接访): hands Tasklist's AngularJS services (its toasts, Notifications, and
// $rootScope) to a script. Tasklist creates the module cam.tasklist.custom before it imports the
// custom scripts and starts AngularJS after them, so a run block there sees the services from
// the start; should that ever change, the page's injector is asked instead.

export function withTasklistServices(use) {
  const angular = window.angular;
  if (!angular) return;
  let done = false;
  const run = (notifications, rootScope) => {
    if (!done) {
      done = true;
      use(notifications, rootScope);
    }
  };
  try {
    angular.module('cam.tasklist.custom').run(['Notifications', '$rootScope', run]);
  } catch (e) {
    // no such module: wait for the running application below
  }
  const started = setInterval(() => {
    const injector = angular.element(document.documentElement).injector();
    if (done || injector) {
      clearInterval(started);
      if (!done && injector) run(injector.get('Notifications'), injector.get('$rootScope'));
    }
  }, 200);
}
