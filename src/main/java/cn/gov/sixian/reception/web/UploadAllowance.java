package cn.gov.sixian.reception.web;

import java.util.regex.Pattern;

/**
 * A larger body bound for one upload address: a {@code multipart/form-data} POST to a path
 * matching {@code path} (the request path without the context path) may carry up to {@code
 * maxBytes} instead of {@code reception.http.max-body-bytes}; beyond it the answer is 413 with
 * {@code message}. The feature that takes the upload declares it as a bean and must bound the
 * servlet's own multipart parsing ({@code MultipartConfigElement}) to the same size: a chunked
 * multipart body of that path is left to that parsing, as a chunked form is left to Tomcat's
 * {@code maxPostSize} (see {@link BodySizeLimit}).
 */
public record UploadAllowance(Pattern path, long maxBytes, String message) {

  public UploadAllowance {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("an upload allowance must be between 1 and "
          + Integer.MAX_VALUE / 2 + " bytes");
    }
  }

  /** True for a multipart POST to the allowance's path. */
  boolean appliesTo(String method, String path, String contentType) {
    return "POST".equals(method) && contentType != null
        && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
        && this.path.matcher(path).matches();
  }
}
