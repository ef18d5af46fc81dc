package cn.gov.sixian.reception.publicquery;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import cn.gov.sixian.reception.documents.ReceiptCodes;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Query codes (查询码) of cases, table {@code case_query_code} (V16). A code is 10 characters
 * drawn by {@link SecureRandom} from 31 that cannot be mistaken for one another (no 0/O, 1/I/L),
 * about 49.5 bits. Only its keyed hash is stored: HMAC-SHA256 under a key derived from the
 * server's secret, over a random salt of the case, the case number and the code, so a copy of the
 * database alone does not allow trying codes offline, and a code of one case never fits another.
 * The code itself goes to the receipt's print and nowhere else: not in a process variable, not
 * in history, not in a log. Issuing again replaces the hash and raises the generation, which ends
 * every token of the old code.
 */
@Service
public class QueryCodes implements ReceiptCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 10;
  /** Any longer input is no code of ours: refused without hashing megabytes. */
  static final int MAX_INPUT = 32;
  /** Compared against when a case has no code, so that the answer takes as long. */
  private static final String NO_SALT = "00000000000000000000000000000000";

  private final JdbcTemplate jdbc;
  private final PublicQueryKeys keys;
  private final PublicQueryProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  QueryCodes(JdbcTemplate jdbc, PublicQueryKeys keys, PublicQueryProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Optional<String> issue(String caseNumber, String issuedBy) {
    if (!keys.enabled()) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    store(caseNumber, code.toString(), issuedBy);
    return Optional.of(display(code.toString()));
  }

  /**
   * Sets a chosen code (the demo data's published demo code only): the same alphabet and length as
   * a drawn one.
   */
  public void issueChosen(String caseNumber, String code, String issuedBy) {
    String normal = normalise(code);
    if (!keys.enabled() || normal.length() != LENGTH
        || normal.chars().anyMatch(ch -> ALPHABET.indexOf(ch) < 0)) {
      throw new IllegalArgumentException("Not a query code of this system");
    }
    store(caseNumber, normal, issuedBy);
  }

  @Override
  public String publicUrl() {
    return keys.enabled() ? properties.url() : null;
  }

  /** Whether the case has a code at all (shown to staff, never to the public). */
  public boolean hasCode(String caseNumber) {
    return generation(caseNumber).isPresent();
  }

  /**
   * The code's generation when {@code input} is the case's current code. The hash is computed and
   * compared whether or not the case exists or has a code, so the answer takes as long either way.
   */
  OptionalInt verify(String caseNumber, String input) {
    List<Object[]> rows = jdbc.query(
        "SELECT salt, code_hash, generation FROM case_query_code WHERE case_number = ?",
        (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}, caseNumber);
    boolean known = !rows.isEmpty();
    String salt = known ? (String) rows.get(0)[0] : NO_SALT;
    byte[] stored = known ? HexFormat.of().parseHex((String) rows.get(0)[1]) : new byte[32];
    String normal = input == null || input.length() > MAX_INPUT ? "" : normalise(input);
    boolean match = PublicQueryKeys.same(hash(salt, caseNumber, normal), stored);
    return known && match && keys.enabled() ? OptionalInt.of((int) rows.get(0)[2])
        : OptionalInt.empty();
  }

  /** The current generation of the case's code, if it has one. */
  OptionalInt generation(String caseNumber) {
    List<Integer> found = jdbc.queryForList(
        "SELECT generation FROM case_query_code WHERE case_number = ?", Integer.class, caseNumber);
    return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
  }

  /** Upper case, without the spaces and hyphens a person may type between the groups. */
  static String normalise(String input) {
    return input.strip().replaceAll("[\\s\\-－—_]", "").toUpperCase(Locale.ROOT);
  }

  /** As printed: two groups of five. */
  static String display(String code) {
    return code.substring(0, 5) + " " + code.substring(5);
  }

  private void store(String caseNumber, String code, String issuedBy) {
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    String hash = HexFormat.of().formatHex(hash(salt, caseNumber, code));
    int updated = jdbc.update("UPDATE case_query_code SET salt = ?, code_hash = ?,"
            + " generation = generation + 1, issued_at = ?, issued_by = ? WHERE case_number = ?",
        salt, hash, timestamp(clock.instant()), issuedBy, caseNumber);
    if (updated == 0) {
      jdbc.update("INSERT INTO case_query_code (case_number, salt, code_hash, generation,"
              + " issued_at, issued_by) VALUES (?, ?, ?, 1, ?, ?)",
          caseNumber, salt, hash, timestamp(clock.instant()), issuedBy);
    }
  }

  private byte[] hash(String salt, String caseNumber, String normalCode) {
    return keys.codeHash(salt + "|" + caseNumber + "|" + normalCode);
  }
}
