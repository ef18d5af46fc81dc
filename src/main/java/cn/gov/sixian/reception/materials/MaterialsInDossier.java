package cn.gov.sixian.reception.materials;

import cn.gov.sixian.reception.casefile.DossierMaterials;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The case's materials (附件) for the dossier: a row each in its index, after the documents,
 * and their files in the month's archive as {@code 附件/01-<stored name>} (numbered, so two
 * letters both called 来信.pdf stay apart). Files are read one at a time.
 */
@Component
class MaterialsInDossier implements DossierMaterials {

  static final String FOLDER = "附件/";

  private final JdbcMaterialStore store;
  private final Clock clock;

  MaterialsInDossier(JdbcMaterialStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public List<DossierMaterials.Entry> of(String caseNumber) {
    List<DossierMaterials.Entry> rows = new ArrayList<>();
    List<Material> listed = store.list(caseNumber);
    for (int i = 0; i < listed.size(); i++) {
      Material m = listed.get(i);
      rows.add(new DossierMaterials.Entry(m.title(), null,
          LocalDate.ofInstant(m.uploadedAt(), clock.getZone()), null,
          "附件（" + m.kind().label() + "）：" + archiveName(i, m)));
    }
    return rows;
  }

  @Override
  public void copyFiles(String caseNumber, FileSink sink) throws IOException {
    List<Material> listed = store.list(caseNumber);
    for (int i = 0; i < listed.size(); i++) {
      Material m = listed.get(i);
      byte[] content = store.find(caseNumber, m.id()).map(Material::content).orElseThrow(
          () -> new IllegalStateException("Material vanished while archiving: " + m.id()));
      sink.put(archiveName(i, m), content);
    }
  }

  private static String archiveName(int index, Material m) {
    return FOLDER + String.format("%02d-", index + 1) + m.fileName();
  }
}
