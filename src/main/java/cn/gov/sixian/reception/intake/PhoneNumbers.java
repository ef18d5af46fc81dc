package cn.gov.sixian.reception.intake;

import java.util.regex.Pattern;

/** Mainland mobile (11 digits) and fixed-line numbers (area code, optional hyphen). */
public final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern FIXED = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

  private PhoneNumbers() {}

  public static String normalize(String phone) {
    return phone == null ? null : phone.replace(" ", "").strip();
  }

  public static boolean isValid(String normalized) {
    return MOBILE.matcher(normalized).matches() || FIXED.matcher(normalized).matches();
  }

  /** For logs and task forms: 138****5678. */
  public static String mask(String phone) {
    if (phone == null || phone.length() < 7) {
      return "****";
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }
}
