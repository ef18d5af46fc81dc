package cn.gov.sixian.reception.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * Extension point of the dossier's index (卷内目录): materials of a case that are not issued
 * documents (e.g. the petitioner's letters and evidence, once a materials table exists). A bean
 * of this type adds its rows after the documents; without one the index lists documents only.
 * Listed only, not bound into the PDF.
 */
public interface DossierMaterials {

  List<Material> of(String caseNumber);

  /** One row of the index: what it is, its number if any, its date and page count. */
  record Material(String title, String number, LocalDate date, Integer pages, String note) {}
}
