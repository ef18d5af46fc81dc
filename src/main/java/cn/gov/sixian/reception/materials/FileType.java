package cn.gov.sixian.reception.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a case accepts, told by their content (magic bytes), never by the name or the
 * type the browser declares: a ".pdf" that is really HTML or a program is refused. OFD (GB/T
 * 33190, the national layout format) is a ZIP with {@code OFD.xml} at its root.
 */
enum FileType {
  PDF("application/pdf", List.of("pdf")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  PNG("image/png", List.of("png")),
  OFD("application/ofd", List.of("ofd"));

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
  /** An OFD names its entry file early; a ZIP that does not within these limits is not one. */
  static final int MAX_ZIP_ENTRIES = 1000;
  static final long MAX_ZIP_INFLATED_BYTES = 64L * 1024 * 1024;

  private final String contentType;
  private final List<String> extensions;

  FileType(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  String contentType() {
    return contentType;
  }

  /** Lower-case extensions of the type, the usual one first. */
  List<String> extensions() {
    return extensions;
  }

  /** The type of these bytes, if they are one of the accepted types. */
  static Optional<FileType> detect(byte[] bytes) {
    if (startsWith(bytes, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, ZIP_MAGIC) && hasRootOfdXml(bytes)) {
      return Optional.of(OFD);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length
        && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /**
   * Walks the ZIP's entries in order until {@code OFD.xml} appears at the root. Reading is
   * bounded (entries and inflated bytes), so a ZIP bomb costs no more than a normal file.
   */
  private static boolean hasRootOfdXml(byte[] bytes) {
    byte[] buffer = new byte[8192];
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
        if (!entry.isDirectory() && entry.getName().equals("OFD.xml")) {
          return true;
        }
        // read the entry out ourselves, counting, instead of letting getNextEntry skip it
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          if (inflated > MAX_ZIP_INFLATED_BYTES) {
            return false;
          }
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException malformed) {
      return false;
    }
  }
}
