package cn.gov.sixian.reception.materials;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Materials in {@code case_material} (V9), written once and never changed. */
@Repository
class JdbcMaterialStore {

  private static final String COLUMNS = "id, case_number, title, kind, file_name, content_type,"
      + " size_bytes, sha256, uploaded_by, uploaded_at";

  private final JdbcTemplate jdbc;

  JdbcMaterialStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(Material m) {
    jdbc.update("INSERT INTO case_material (" + COLUMNS + ", content)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        m.id(), m.caseNumber(), m.title(), m.kind().name(), m.fileName(), m.contentType(),
        m.size(), m.sha256(), m.uploadedBy(), JdbcTimes.timestamp(m.uploadedAt()), m.content());
  }

  /** The case's materials in upload order, without their bytes. */
  List<Material> list(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM case_material WHERE case_number = ?"
        + " ORDER BY uploaded_at, id", (rs, i) -> row(rs, null), caseNumber);
  }

  Optional<Material> find(String caseNumber, String id) {
    return jdbc.query("SELECT " + COLUMNS + ", content FROM case_material"
            + " WHERE case_number = ? AND id = ?",
        (rs, i) -> row(rs, rs.getBytes("content")), caseNumber, id).stream().findFirst();
  }

  private static Material row(ResultSet rs, byte[] content) throws SQLException {
    return new Material(rs.getString("id"), rs.getString("case_number"), rs.getString("title"),
        MaterialKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), content,
        rs.getString("uploaded_by"), JdbcTimes.instant(rs, "uploaded_at"));
  }
}
