package cn.gov.sixian.reception.demo;

import java.util.Map;

/**
 * One thing that happens to a demo case, some working days after its previous step: register,
 * complete a task (as a user, when that demo user exists) or issue a supervision slip.
 */
record DemoStep(int workingDaysLater, Kind kind, String taskKey, String user,
    Map<String, Object> variables, String otherCase) {

  /** What the step does. */
  enum Kind {
    /** Start 联合接访 with the registration form. */
    REGISTER,
    /** Complete the open task(s) with this definition key on the case (all of them). */
    COMPLETE,
    /** Issue a supervision slip (督办单) on the case, as the supervisor. */
    ISSUE_SLIP
  }

  /** A variable value replaced by the simulated day, ISO formatted, when the step runs. */
  static final String TODAY = "@today";
}
