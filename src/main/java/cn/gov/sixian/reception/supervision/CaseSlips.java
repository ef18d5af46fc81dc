package cn.gov.sixian.reception.supervision;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The supervision slips of a case as other features quote them (the 问责移送函 lists them as its
 * supporting record); read-only, from the register {@code supervision_slip}.
 */
@Service
public class CaseSlips {

  private final SlipRegister slips;

  CaseSlips(SlipRegister slips) {
    this.slips = slips;
  }

  /** The case's slips in issue order. */
  public List<SlipLine> ofCase(String caseNumber) {
    return slips.ofCase(caseNumber).stream()
        .map(s -> new SlipLine(s.slipNumber(), s.reason().label(), s.issuedAt(), s.feedbackDue(),
            s.answeredAt(), s.late(), label(s.status())))
        .toList();
  }

  private static String label(SlipStatus status) {
    return switch (status) {
      case OPEN -> "待反馈";
      case ANSWERED -> "已反馈，待审核";
      case ACCEPTED -> "反馈合格，督办办结";
      case REJECTED -> "反馈不合格，重新督办";
    };
  }

  /** One slip: number, why, issued, feedback limit, answered (null: not yet), late, where it stands. */
  public record SlipLine(
      String slipNumber,
      String reason,
      Instant issuedAt,
      Instant feedbackDue,
      Instant answeredAt,
      boolean late,
      String status) {}
}
