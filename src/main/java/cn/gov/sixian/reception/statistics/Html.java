package cn.gov.sixian.reception.statistics;

/** A small HTML writer: every text goes through {@link #text}, so nothing reaches the page unescaped. */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Markup written by this code, never data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(Object value) {
    out.append(escape(value == null ? "" : String.valueOf(value)));
    return this;
  }

  /** {@code <tag>text</tag>}. */
  Html element(String tag, Object text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
