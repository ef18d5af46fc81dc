package cn.gov.sixian.reception.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in the test: real magic bytes, nothing else of substance. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
  }

  public static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A Windows program's header ("MZ"). */
  public static byte[] exe() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    return exe;
  }

  public static byte[] ofd() {
    return zip("Doc_0/Document.xml", "OFD.xml");
  }

  /** A ZIP whose entries are named as given, in that order. */
  public static byte[] zip(String... names) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")
            .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
