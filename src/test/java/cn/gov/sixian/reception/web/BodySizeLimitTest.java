package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body bound with a small configured size: declared and chunked bodies, at and over it. */
class BodySizeLimitTest {

  private final BodySizeLimit.LimitFilter filter = new BodySizeLimit.LimitFilter(10);
  private final AtomicReference<String> read = new AtomicReference<>();
  private final FilterChain application =
      (req, res) -> read.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

  private MockHttpServletResponse send(String body, boolean chunked) throws Exception {
    MockHttpServletRequest request = chunked
        ? new MockHttpServletRequest("POST", "/api/cases") {
            @Override
            public long getContentLengthLong() {
              return -1; // no length known
            }
          }
        : new MockHttpServletRequest("POST", "/api/cases");
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    if (chunked) {
      request.addHeader("Transfer-Encoding", "chunked");
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, application);
    return response;
  }

  @Test
  void aDeclaredLengthOverTheBoundIsRefusedUnread() throws Exception {
    MockHttpServletResponse response = send("{\"a\":\"123\"}", false); // 11 bytes
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"请求内容过大：最多10 字节，本次请求未予受理。\"}");
    assertThat(read.get()).isNull();
    assertThat(send("{\"a\":\"12\"}", false).getStatus()).isEqualTo(200);
    assertThat(read.get()).isEqualTo("{\"a\":\"12\"}");
  }

  @Test
  void aChunkedBodyIsCutOnceItExceedsTheBound() throws Exception {
    assertThat(send("{\"a\":\"123\"}", true).getStatus()).isEqualTo(413);
    assertThat(read.get()).isNull();
    assertThat(send("{\"a\":\"12\"}", true).getStatus()).isEqualTo(200);
    assertThat(read.get()).isEqualTo("{\"a\":\"12\"}");
  }

  @Test
  void anUploadAddressMayTakeMoreButOnlyMultipartPostsThere() throws Exception {
    BodySizeLimit.LimitFilter withAllowance = new BodySizeLimit.LimitFilter(10, List.of(
        new UploadAllowance(Pattern.compile("/api/cases/[^/]+/materials"), 30, "附件过大")));
    // 20 bytes, multipart, to the upload address: within the allowance, passed on unread
    assertThat(post(withAllowance, "/api/cases/JF-1/materials", "multipart/form-data; boundary=b",
        20).getStatus()).isEqualTo(200);
    assertThat(read.get()).hasSize(20);
    read.set(null);
    MockHttpServletResponse over = post(withAllowance, "/api/cases/JF-1/materials",
        "multipart/form-data; boundary=b", 31);
    assertThat(over.getStatus()).isEqualTo(413);
    assertThat(over.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"附件过大\"}");
    assertThat(read.get()).isNull();
    // the general bound everywhere else, and for anything but a multipart POST there
    assertThat(post(withAllowance, "/api/cases", "multipart/form-data; boundary=b", 20).getStatus())
        .isEqualTo(413);
    assertThat(post(withAllowance, "/api/cases/JF-1/materials", "application/json", 20).getStatus())
        .isEqualTo(413);
    assertThat(post(withAllowance, "/api/cases/JF-1/materials/x", "multipart/form-data; boundary=b",
        20).getStatus()).isEqualTo(413);
    assertThat(read.get()).isNull();
  }

  private MockHttpServletResponse post(BodySizeLimit.LimitFilter limit, String path, String type,
      int bytes) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContentType(type);
    request.setContent(new byte[bytes]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, application);
    return response;
  }

  @Test
  void theMessageNamesTheBoundAsPeopleWriteIt() {
    assertThat(BodySizeLimit.size(1024 * 1024)).isEqualTo("1 MB");
    assertThat(BodySizeLimit.size(512 * 1024)).isEqualTo("512 KB");
    assertThat(BodySizeLimit.size(1000)).isEqualTo("1000 字节");
  }
}
