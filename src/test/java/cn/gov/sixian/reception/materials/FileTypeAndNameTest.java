package cn.gov.sixian.reception.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Types told by content alone, and the names files are stored under. */
class FileTypeAndNameTest {

  @Test
  void acceptedTypesAreToldByTheirFirstBytes() {
    assertThat(FileType.detect(TestFiles.pdf())).contains(FileType.PDF);
    assertThat(FileType.detect(TestFiles.jpeg())).contains(FileType.JPEG);
    assertThat(FileType.detect(TestFiles.png())).contains(FileType.PNG);
    assertThat(FileType.detect(TestFiles.ofd())).contains(FileType.OFD);
  }

  @Test
  void anythingElseIsRefusedWhateverItIsCalled() {
    assertThat(FileType.detect(TestFiles.html())).isEmpty();
    assertThat(FileType.detect(TestFiles.exe())).isEmpty();
    assertThat(FileType.detect(new byte[0])).isEmpty();
    assertThat(FileType.detect(new byte[] {'%', 'P', 'D', 'F'})).isEmpty(); // no dash
    assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    // a ZIP, but not an OFD: no OFD.xml, or not at the root, or a broken archive
    assertThat(FileType.detect(TestFiles.zip("word/document.xml"))).isEmpty();
    assertThat(FileType.detect(TestFiles.zip("Doc_0/OFD.xml"))).isEmpty();
    assertThat(FileType.detect(TestFiles.zip("ofd.xml.bak"))).isEmpty();
    byte[] cut = TestFiles.ofd();
    assertThat(FileType.detect(java.util.Arrays.copyOf(cut, 10))).isEmpty();
  }

  @Test
  void aZipBombIsNotInflatedBeyondTheBound() throws Exception {
    // 100 MB of zeros before OFD.xml: reading stops at the bound and the file is refused
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] mb = new byte[1024 * 1024];
      for (int i = 0; i < 100; i++) {
        zip.write(mb);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("OFD.xml"));
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(1024 * 1024);
    assertThat(FileType.detect(out.toByteArray())).isEmpty();
  }

  @Test
  void namesLoseFoldersHiddenCharactersAndWrongExtensions() {
    assertThat(FileNames.sanitise("C:\\Users\\张三\\Desktop\\来信.pdf", FileType.PDF)).isEqualTo("来信.pdf");
    assertThat(FileNames.sanitise("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
    assertThat(FileNames.sanitise("..", FileType.PDF)).isEqualTo("附件.pdf");
    assertThat(FileNames.sanitise(null, FileType.PNG)).isEqualTo("附件.png");
    // right-to-left override: "photo\u202Egpj.exe" shows as "photoexe.jpg"
    assertThat(FileNames.sanitise("photo\u202Egpj.exe", FileType.JPEG)).isEqualTo("photogpj.jpg");
    assertThat(FileNames.sanitise("a\u0000b\u200Bc\r\n.png", FileType.PNG)).isEqualTo("abc.png");
    assertThat(FileNames.sanitise("照片.JPEG", FileType.JPEG)).isEqualTo("照片.JPEG");
    assertThat(FileNames.sanitise("report.html", FileType.PDF)).isEqualTo("report.pdf");
    assertThat(FileNames.sanitise("答复（2024）", FileType.OFD)).isEqualTo("答复（2024）.ofd");
    assertThat(FileNames.sanitise("a<b>:c\"d|e?f*.pdf", FileType.PDF)).isEqualTo("a_b__c_d_e_f_.pdf");
    String longName = "证".repeat(150) + ".pdf";
    String cut = FileNames.sanitise(longName, FileType.PDF);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(100);
    assertThat(cut).endsWith("证.pdf");
    String emoji = "😀".repeat(120) + ".png";
    String cutEmoji = FileNames.sanitise(emoji, FileType.PNG);
    assertThat(cutEmoji.codePointCount(0, cutEmoji.length())).isEqualTo(100);
    assertThat(cutEmoji).endsWith("😀.png");
  }
}
