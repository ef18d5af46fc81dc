package cn.gov.sixian.reception.intake;

/** Valid identity numbers for tests: the check character is computed, not typed. */
public final class TestIdNumbers {

  private TestIdNumbers() {}

  /** A valid 18-character number from its first 17 digits. */
  public static String of(String first17) {
    return first17 + IdNumbers.checkChar(first17);
  }

  /** The same number with a wrong check character. */
  public static String withWrongCheckChar(String first17) {
    char right = IdNumbers.checkChar(first17);
    return first17 + (right == '0' ? '1' : '0');
  }
}
