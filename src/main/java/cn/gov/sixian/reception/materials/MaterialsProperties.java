package cn.gov.sixian.reception.materials;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reception.materials.*}: the largest file a case takes ({@code max-bytes}, default
 * 20 MB: a scanned letter or a phone photo is a few MB; the bound keeps one upload's memory and
 * database row small enough for every node).
 */
@ConfigurationProperties("reception.materials")
record MaterialsProperties(Long maxBytes) {

  static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** Room for the form fields and the multipart framing around the file. */
  static final long FORM_OVERHEAD_BYTES = 64L * 1024;

  MaterialsProperties {
    if (maxBytes == null) {
      maxBytes = DEFAULT_MAX_BYTES;
    }
    if (maxBytes <= 0 || maxBytes + FORM_OVERHEAD_BYTES > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("reception.materials.max-bytes must be between 1 and "
          + (Integer.MAX_VALUE / 2 - FORM_OVERHEAD_BYTES));
    }
  }

  /** The largest upload request: the file and the form around it. */
  long maxRequestBytes() {
    return maxBytes + FORM_OVERHEAD_BYTES;
  }

  /** "20 MB", "512 KB" or "1000 字节", for messages. */
  static String size(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " 字节";
  }
}
