package cn.gov.sixian.reception.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-digit resident identity number (公民身份号码, GB 11643-1999). */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

  private IdNumbers() {}

  /** Upper-cases the check character and strips blanks. */
  public static String normalize(String idNumber) {
    return idNumber == null ? null : idNumber.strip().toUpperCase();
  }

  /** Null when valid, else the reason in Chinese. */
  static String problem(String normalized, LocalDate today) {
    if (normalized.length() != 18) {
      return "应为18位，现为" + normalized.length() + "位";
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(normalized.charAt(i))) {
        return "前17位应为数字";
      }
    }
    char last = normalized.charAt(17);
    if (!Character.isDigit(last) && last != 'X') {
      return "第18位应为数字或X";
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(normalized.substring(6, 10)),
              Integer.parseInt(normalized.substring(10, 12)),
              Integer.parseInt(normalized.substring(12, 14)));
    } catch (DateTimeException e) {
      return "出生日期（第7至14位）不是有效日期";
    }
    if (birth.isAfter(today) || birth.getYear() < 1900) {
      return "出生日期（第7至14位）不合理";
    }
    if (checkChar(normalized) != last) {
      return "校验位不正确，请逐位核对";
    }
    return null;
  }

  /** The check character (18th) of a number from its first 17 digits. */
  public static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  /** For logs and task forms: the first three and last four characters only. */
  public static String mask(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return "****";
    }
    return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7)
        + idNumber.substring(idNumber.length() - 4);
  }
}
