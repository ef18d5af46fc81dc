package cn.gov.sixian.reception.process;

import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.mediation.MediationProperties;
import cn.gov.sixian.reception.supervision.SupervisionProperties;

/** The limit settings a plain-engine test runs with. */
record PlanLimits(
    HandlingLimits handling, MediationProperties mediation, SupervisionProperties supervision) {

  static PlanLimits defaults() {
    return new PlanLimits(
        HandlingLimits.statutory(), MediationProperties.plan(), SupervisionProperties.plan());
  }
}
