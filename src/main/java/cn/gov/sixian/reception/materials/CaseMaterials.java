package cn.gov.sixian.reception.materials;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Materials of a case for whoever may read the case ({@link CaseAccess#mayRead}: the center every
 * case, a unit the cases given to it). An upload is checked whole (title, kind, size, type by
 * content) before anything is written, and the row and its access-log entry are written in one
 * transaction: either both are saved or neither.
 */
@Service
class CaseMaterials {

  static final String UPLOAD = "POST /api/cases/{caseNumber}/materials";
  static final String DOWNLOAD = "GET /api/cases/{caseNumber}/materials/{id}";

  private final JdbcMaterialStore store;
  private final CaseRegister register;
  private final CaseAccess access;
  private final AccessLog accessLog;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MaterialsProperties properties;

  CaseMaterials(JdbcMaterialStore store, CaseRegister register, CaseAccess access,
      AccessLog accessLog, PlatformTransactionManager transactions, Clock clock,
      MaterialsProperties properties) {
    this.store = store;
    this.register = register;
    this.access = access;
    this.accessLog = accessLog;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.properties = properties;
  }

  /** 404 for an unknown case, 403 for a caller who may not read it. */
  void checkMayRead(String caseNumber) {
    if (register.find(caseNumber).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber);
    }
    if (!access.mayRead(caseNumber)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看该信访件的附件：" + caseNumber);
    }
  }

  List<Material> list(String caseNumber) {
    checkMayRead(caseNumber);
    return store.list(caseNumber);
  }

  Material upload(String caseNumber, String title, MaterialKind kind, String originalName,
      byte[] content) {
    checkMayRead(caseNumber);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "「文件」为空，请选择要上传的文件。");
    }
    if (content.length > properties.maxBytes()) {
      throw tooLarge(properties.maxBytes());
    }
    FileType type = FileType.detect(content).orElseThrow(() -> new InvalidInputException("file",
        "「文件」的内容不是PDF、JPEG、PNG或OFD文件（按文件内容判断，与文件名无关），未予上传。"));
    Material material = new Material(UUID.randomUUID().toString(), caseNumber, title, kind,
        FileNames.sanitise(originalName, type), type.contentType(), content.length,
        sha256(content), content, uploader(), clock.instant());
    transaction.executeWithoutResult(status -> {
      store.add(material);
      accessLog.recordMaterial(material.uploadedBy(), UPLOAD, caseNumber, material.id());
    });
    return material;
  }

  /** The stored file, its download recorded in the access log before the bytes leave. */
  Material download(String caseNumber, String id) {
    checkMayRead(caseNumber);
    Material material = store.find(caseNumber, id).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该附件：" + id));
    String user = access.currentUserId();
    if (user != null) {
      accessLog.recordMaterial(user, DOWNLOAD, caseNumber, id);
    }
    return material;
  }

  /** Who uploads: the caller; application code (no caller) uploads as the system. */
  private String uploader() {
    String user = access.currentUserId();
    return user == null ? "system" : user;
  }

  static FileTooLarge tooLarge(long maxBytes) {
    return new FileTooLarge(tooLargeMessage(maxBytes));
  }

  /** A file over the limit: 413 naming {@code file} (see the controller). */
  static final class FileTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileTooLarge(String message) {
      super(message);
    }
  }

  static String tooLargeMessage(long maxBytes) {
    return "「文件」过大：每个附件最多" + MaterialsProperties.size(maxBytes) + "，本次上传未予受理。";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
