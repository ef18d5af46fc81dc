package cn.gov.sixian.reception.process;

/**
 * Characters a person cannot see in a text field, or that change how the text around them is
 * shown: control characters (C0 and C1) other than line feed, carriage return and tab;
 * zero-width characters; bidirectional embeddings, overrides, isolates and marks; surrogates
 * that are not part of a pair. Staff and other systems have no reason to send them, and they
 * would hide or reorder what a case says wherever it is shown.
 */
public final class TextCharacters {

  private TextCharacters() {}

  /** True when the text holds at least one such character. */
  public static boolean hasInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++; // a pair: one character outside the basic plane (an emoji), allowed
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c) || isInvisible(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInvisible(char c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL // U+0000–U+001F, U+007F–U+009F
        || c >= '\u200B' && c <= '\u200F' // zero width space, non-joiner, joiner; LRM, RLM
        || c >= '\u202A' && c <= '\u202E' // embeddings and overrides
        || c >= '\u2060' && c <= '\u2064' // word joiner and invisible operators
        || c >= '\u2066' && c <= '\u2069' // isolates
        || c == '\u061C' // Arabic letter mark
        || c == '\uFEFF'; // zero width no-break space (byte-order mark)
  }
}
