package cn.gov.sixian.reception.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fictional case of the demo data: registered {@code workingDaysAgo} working days before the
 * last generated day, then taken through its steps.
 */
record DemoCase(String id, int workingDaysAgo, String expectedStage, List<DemoStep> steps) {

  static Builder registered(String id, int workingDaysAgo, Map<String, Object> form) {
    return new Builder(id, workingDaysAgo, form);
  }

  /** Reads as the case's story: {@code registered(...).then(...).then(...).endsAt(...)}. */
  static final class Builder {
    private final String id;
    private final int workingDaysAgo;
    private final List<DemoStep> steps = new ArrayList<>();

    private Builder(String id, int workingDaysAgo, Map<String, Object> form) {
      this.id = id;
      this.workingDaysAgo = workingDaysAgo;
      steps.add(new DemoStep(0, DemoStep.Kind.REGISTER, null, "dengji", form, null));
    }

    Builder then(int workingDaysLater, String taskKey, String user, Object... keyValues) {
      steps.add(new DemoStep(workingDaysLater, DemoStep.Kind.COMPLETE, taskKey, user,
          map(keyValues), null));
      return this;
    }

    /** A task of another demo case (e.g. the referral raised on an earlier case). */
    Builder thenOn(String otherCase, int workingDaysLater, String taskKey, String user,
        Object... keyValues) {
      steps.add(new DemoStep(workingDaysLater, DemoStep.Kind.COMPLETE, taskKey, user,
          map(keyValues), otherCase));
      return this;
    }

    Builder slip(int workingDaysLater, String details) {
      steps.add(new DemoStep(workingDaysLater, DemoStep.Kind.ISSUE_SLIP, null, "ducha",
          Map.of("supervisionDetails", details), null));
      return this;
    }

    /** The stage the case is expected to be in (a task key, or "closed"), for tests and logs. */
    DemoCase endsAt(String expectedStage) {
      return new DemoCase(id, workingDaysAgo, expectedStage, List.copyOf(steps));
    }
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
