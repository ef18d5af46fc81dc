package cn.gov.sixian.reception.materials;

import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Materials of a case (附件): upload as {@code multipart/form-data} ({@code file}, {@code title},
 * {@code kind}), list, download. Downloads are always attachments, never shown inline, with the
 * type detected at upload; {@code X-Content-Type-Options: nosniff} comes with every {@code /api}
 * answer (web/ApiResponseHeaders).
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/materials")
class CaseMaterialController {

  static final int MAX_TITLE = 100;
  private static final Set<String> FIELDS = Set.of("file", "title", "kind");

  private final CaseMaterials materials;
  private final MaterialsProperties properties;

  CaseMaterialController(CaseMaterials materials, MaterialsProperties properties) {
    this.materials = materials;
    this.properties = properties;
  }

  @GetMapping
  List<MaterialView> list(@PathVariable String caseNumber) {
    return materials.list(caseNumber).stream().map(MaterialView::of).toList();
  }

  @PostMapping
  ResponseEntity<MaterialView> upload(@PathVariable String caseNumber, HttpServletRequest request) {
    MultipartHttpServletRequest multipart =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart == null) {
      throw new UnsupportedUpload();
    }
    // who may read the case is checked before the file is parsed
    materials.checkMayRead(caseNumber);
    Form form = Form.of(multipart);
    Material saved = materials.upload(caseNumber, form.title(), form.kind(), form.fileName(),
        form.content());
    MaterialView view = MaterialView.of(saved);
    return ResponseEntity.created(URI.create(view.href())).body(view);
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable String id) {
    Material material = materials.download(caseNumber, id);
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(material.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(material.contentType()))
        .contentLength(material.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(material.content());
  }

  /** Not multipart: this address takes files only. */
  @ExceptionHandler(UnsupportedUpload.class)
  ResponseEntity<ApiError> notMultipart() {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(new ApiError(null, UNSUPPORTED));
  }

  @ExceptionHandler({CaseMaterials.FileTooLarge.class, MaxUploadSizeExceededException.class})
  ResponseEntity<ApiError> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(new ApiError("file", CaseMaterials.tooLargeMessage(properties.maxBytes())));
  }

  /** A body that claims to be multipart but cannot be read as such. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> malformed() {
    return ResponseEntity.badRequest()
        .body(new ApiError("file", "上传内容格式有误，请重新选择文件后再上传。"));
  }

  static final String UNSUPPORTED =
      "不支持该请求内容类型：上传附件须以multipart/form-data提交（字段 file、title、kind）。";

  static final class UnsupportedUpload extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** The three fields of the upload form, checked; anything else is refused naming it. */
  private record Form(String title, MaterialKind kind, String fileName, byte[] content) {

    static Form of(MultipartHttpServletRequest request) {
      for (String name : request.getMultiFileMap().keySet()) {
        if (!name.equals("file")) {
          throw new InvalidInputException(name, "未知字段：" + name + "。");
        }
      }
      Map<String, Object> values = new HashMap<>();
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        String name = parameter.getKey();
        if (name.equals("file")) {
          throw new InvalidInputException(name, "「文件」须为上传的文件，请选择要上传的文件。");
        }
        if (!FIELDS.contains(name)) {
          throw new InvalidInputException(name, "未知字段：" + name + "。");
        }
        if (parameter.getValue().length != 1) {
          throw new InvalidInputException(name, "字段重复：" + name + "。");
        }
        values.put(name, parameter.getValue()[0]);
      }
      Inputs in = Inputs.of(values);
      String title = in.requiredText("title", "材料标题", MAX_TITLE);
      MaterialKind kind = in.requiredChoice("kind", "材料类别", MaterialKind.class);
      List<MultipartFile> files = request.getFiles("file");
      if (files.isEmpty()) {
        throw new InvalidInputException("file", "请选择要上传的文件。");
      }
      if (files.size() > 1) {
        throw new InvalidInputException("file", "每次只能上传一个文件。");
      }
      MultipartFile file = files.get(0);
      try {
        return new Form(title, kind, file.getOriginalFilename(), file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One material in the list; {@code href} downloads it. */
  record MaterialView(String id, String title, String kind, String kindName, String fileName,
      String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt,
      String href) {

    static MaterialView of(Material m) {
      return new MaterialView(m.id(), m.title(), m.kind().name(), m.kind().label(), m.fileName(),
          m.contentType(), m.size(), m.sha256(), m.uploadedBy(), m.uploadedAt(),
          "/api/cases/" + m.caseNumber() + "/materials/" + m.id());
    }
  }
}
