package cn.gov.sixian.reception.materials;

import java.util.Locale;

/**
 * The name a material is stored and downloaded under: the browser's name without folders,
 * control, zero-width or bidirectional characters (which could disguise "gpj.exe" as "exe.jpg")
 * and characters Windows does not allow in names, at most {@link #MAX_LENGTH} characters, and
 * always ending with an extension of the type detected from the content.
 */
final class FileNames {

  static final int MAX_LENGTH = 100;
  static final String FALLBACK = "附件";
  private static final String WINDOWS_RESERVED = "<>:\"|?*";

  private FileNames() {}

  static String sanitise(String original, FileType type) {
    String name = original == null ? "" : original;
    // no path parts: only what follows the last slash or backslash
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints().forEach(cp -> {
      if (!hidden(cp)) {
        clean.appendCodePoint(WINDOWS_RESERVED.indexOf(cp) >= 0 ? '_' : cp);
      }
    });
    // no hidden files, no ".." and no trailing dots or spaces (Windows drops them)
    String base = strip(clean.toString());
    String extension = null;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      String candidate = base.substring(dot + 1);
      if (isExtension(candidate)) {
        extension = candidate;
        base = strip(base.substring(0, dot));
      }
    }
    if (extension == null || !type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
      extension = type.extensions().get(0);
    }
    int room = MAX_LENGTH - 1 - extension.length();
    if (base.codePointCount(0, base.length()) > room) {
      base = strip(base.substring(0, base.offsetByCodePoints(0, room)));
    }
    if (base.isEmpty()) {
      base = FALLBACK;
    }
    return base + "." + extension;
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** A short run of letters and digits with at least one letter ("pdf", "jpeg"; not "2024"). */
  private static boolean isExtension(String s) {
    return !s.isEmpty() && s.length() <= 5 && s.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
        && s.chars().anyMatch(Character::isLetter);
  }

  /** Control characters, format characters (zero-width, bidirectional), separators, lone surrogates. */
  private static boolean hidden(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }
}
