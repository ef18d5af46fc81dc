package cn.gov.sixian.reception.documents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The first print of a document that carries something the stored copy must not: the
 * registration receipt with its query code (查询码). Filled with the stored copy at issue, its
 * XHTML is held in this node's memory for {@link #KEPT} at most, printed and handed out once (to
 * the registration staff printing the receipt) and then gone. After that, or on another node,
 * only the stored copy exists, and the staff issue a new code (docs/user-guide.zh.md "群众查询").
 */
@Component
public class FirstPrints {

  static final Duration KEPT = Duration.ofMinutes(30);

  private final Cache<String, String> prints =
      Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(500).build();

  void put(String documentId, String xhtml) {
    prints.put(documentId, xhtml);
  }

  /** The XHTML of the document's first print, once. */
  Optional<String> take(String documentId) {
    return Optional.ofNullable(prints.asMap().remove(documentId));
  }
}
