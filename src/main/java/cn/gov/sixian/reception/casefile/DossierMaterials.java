package cn.gov.sixian.reception.casefile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The case's materials that are not issued documents (the petitioner's letters, photos,
 * evidence, signed commitments): listed in the dossier's index after the documents, not bound
 * into its PDF; their files go next to the dossier in the month's archive, under the name the
 * index gives. A bean of this type provides them; without one the index lists documents only.
 */
public interface DossierMaterials {

  List<Entry> of(String caseNumber);

  /** Hands each material's file to the sink, one at a time, named as in {@link #of}. */
  void copyFiles(String caseNumber, FileSink sink) throws IOException;

  /** One row of the index: what it is, its number if any, its date, page count and note. */
  record Entry(String title, String number, LocalDate date, Integer pages, String note) {}

  /** Receives one material's file: its name inside the case's folder of the archive. */
  @FunctionalInterface
  interface FileSink {
    void put(String name, byte[] content) throws IOException;
  }
}
