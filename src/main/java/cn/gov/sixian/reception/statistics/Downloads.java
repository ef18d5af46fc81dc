package cn.gov.sixian.reception.statistics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a file with a Chinese name (RFC 6266 with RFC 5987 encoding). */
final class Downloads {

  private Downloads() {}

  /**
   * {@code attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded name>}: browsers use
   * the Chinese name, older clients the ASCII one.
   */
  static String attachment(String asciiName, String name) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
  }
}
