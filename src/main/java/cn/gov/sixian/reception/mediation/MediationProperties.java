package cn.gov.sixian.reception.mediation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits of the mediation tiers. */
@ConfigurationProperties(prefix = "reception.mediation")
public record MediationProperties(Integer deputyLeaderWorkingDays) {

  public MediationProperties {
    deputyLeaderWorkingDays = deputyLeaderWorkingDays == null ? 3 : deputyLeaderWorkingDays;
    if (deputyLeaderWorkingDays < 1) {
      throw new IllegalArgumentException("reception.mediation.deputy-leader-working-days must be positive");
    }
  }

  /** The plan's limit: 3 working days. */
  public static MediationProperties plan() {
    return new MediationProperties(null);
  }
}
