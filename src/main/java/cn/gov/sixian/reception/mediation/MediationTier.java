package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_SOLUTION;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_OUTCOME;

import java.util.Arrays;

/** The four tiers of mediation (组织调解处理) of the plan's section 四（四）. */
public enum MediationTier {
  ON_SPOT(1, "第一级 当场调解", TIER1_OUTCOME, TIER1_NOTES),
  DEPUTY_LEADER(2, "第二级 分管领导牵头调处", TIER2_OUTCOME, TIER2_SOLUTION),
  JOINT(3, "第三级 联合调解", TIER3_OUTCOME, TIER3_NOTES),
  COUNTY_LEADER(4, "第四级 县级领导牵头调处", null, COUNTY_LEADER_DECISION);

  private final int number;
  private final String label;
  private final String outcomeVariable;
  private final String conclusionVariable;

  MediationTier(int number, String label, String outcomeVariable, String conclusionVariable) {
    this.number = number;
    this.label = label;
    this.outcomeVariable = outcomeVariable;
    this.conclusionVariable = conclusionVariable;
  }

  public static MediationTier of(int number) {
    return Arrays.stream(values())
        .filter(t -> t.number == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No mediation tier " + number));
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  /** The variable holding RESOLVED or ESCALATE; none for tier 4, which always decides. */
  String outcomeVariable() {
    return outcomeVariable;
  }

  /** The variable that sums up what the tier concluded. */
  String conclusionVariable() {
    return conclusionVariable;
  }
}
