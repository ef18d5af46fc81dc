package cn.gov.sixian.reception.caseregister;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The register of petition cases (信访件台账), kept beside the engine's own tables so cases can be
 * found by number and by petitioner without scanning process history.
 */
public interface CaseRegister {

  /** Adds a new case; the case number is unique (a database constraint). */
  void add(CaseRecord record);

  /** Earlier cases of the same identity number, newest first. */
  List<CaseRecord> findByIdNumber(String idNumber);

  Optional<CaseRecord> find(String caseNumber);

  /** Records the confirmed category, first-visit mark and responsible unit. */
  void assign(
      String caseNumber,
      String problemCategory,
      boolean firstVisit,
      String unitCode,
      String unitName);

  /** Marks the case closed and archived (结案归档). */
  void close(String caseNumber, String outcome, String satisfaction, Instant closedAt);
}
