package cn.gov.sixian.reception.access;

import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmark (another package) switch {@link AuthorizationGroupPrefilter}'s threshold, to
 * compare with Camunda's behaviour (0) in one run.
 */
public final class GroupPrefilterBenchmarkAccess {

  private final AuthorizationGroupPrefilter prefilter;

  public GroupPrefilterBenchmarkAccess(ApplicationContext context) {
    this.prefilter = context.getBean(AuthorizationGroupPrefilter.class);
  }

  public int threshold() {
    return prefilter.threshold();
  }

  public void setThreshold(int threshold) {
    prefilter.setThreshold(threshold);
  }
}
