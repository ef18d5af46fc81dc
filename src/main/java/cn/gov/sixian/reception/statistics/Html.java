package cn.gov.sixian.reception.statistics;

import org.springframework.web.util.HtmlUtils;

/** A small HTML writer: every text goes through {@link #text}, so nothing reaches the page unescaped. */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Markup written by this code, never data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(Object value) {
    out.append(HtmlUtils.htmlEscape(value == null ? "" : String.valueOf(value)));
    return this;
  }

  /** {@code <tag>text</tag>}. */
  Html element(String tag, Object text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
