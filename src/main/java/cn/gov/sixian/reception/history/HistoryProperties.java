package cn.gov.sixian.reception.history;

import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the engine keeps the history of finished process instances (docs/operations.md "History and
 * retention"). Case processes keep theirs for the archive duty; technical runs only briefly.
 */
@ConfigurationProperties(prefix = "reception.history")
public record HistoryProperties(
    Integer caseRetentionDays, Integer technicalRetentionDays, List<String> technicalProcesses) {

  public HistoryProperties {
    if (caseRetentionDays == null) {
      caseRetentionDays = 10950;
    }
    if (technicalRetentionDays == null) {
      technicalRetentionDays = 30;
    }
    if (technicalProcesses == null) {
      technicalProcesses = List.of(ProcessKeys.RETIRED_DEADLINE_WATCH, ProcessKeys.ROSTER_WATCH);
    }
    if (caseRetentionDays < 1 || technicalRetentionDays < 1) {
      throw new IllegalArgumentException("reception.history retention days must be at least 1");
    }
  }

  int retentionDays(String processKey) {
    return technicalProcesses.contains(processKey) ? technicalRetentionDays : caseRetentionDays;
  }
}
