package cn.gov.sixian.reception.documents;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Letterhead and templates of case documents ({@code reception.documents.*}). Names of units come
 * from the catalogue; what the catalogue does not hold (the abbreviation in document numbers, a
 * unit's phone) is configured here per unit code.
 *
 * @param templateFolder a folder whose {@code <kind>.html} files replace the built-in templates
 *     (read again on every issue, so an edit takes effect without a restart)
 * @param county the county's name (泗县)
 * @param centerName the center's name, heading of the documents it issues
 * @param centerAbbreviation the center's body abbreviation in document numbers (泗信)
 * @param centerAddress printed where a document tells the petitioner where to go
 * @param centerPhone printed where a document tells the petitioner whom to call
 * @param sealText printed in the seal area (盖章处)
 * @param reviewBody the body a petitioner asks for review (复查) of a unit's written reply, unless
 *     the unit names its own (the next-higher body of a county department or township)
 * @param reviewDays days from receiving a written reply to ask for review (信访工作条例: 30)
 * @param units per unit code: abbreviation in document numbers and contact phone
 * @param disciplineBody the discipline inspection body an accountability referral (问责移送函) is
 *     addressed to
 */
@ConfigurationProperties(prefix = "reception.documents")
public record DocumentProperties(
    String templateFolder,
    String county,
    String centerName,
    String centerAbbreviation,
    String centerAddress,
    String centerPhone,
    String sealText,
    String reviewBody,
    Integer reviewDays,
    Map<String, UnitLetterhead> units,
    String disciplineBody) {

  public DocumentProperties {
    templateFolder = templateFolder == null || templateFolder.isBlank() ? null : templateFolder;
    county = orDefault(county, "泗县");
    centerName = orDefault(centerName, county + "联合接访中心");
    centerAbbreviation = orDefault(centerAbbreviation, "泗信");
    centerAddress = orDefault(centerAddress, "");
    centerPhone = orDefault(centerPhone, "");
    sealText = orDefault(sealText, "（盖章）");
    reviewBody = orDefault(reviewBody, county + "人民政府");
    reviewDays = reviewDays == null ? 30 : reviewDays;
    units = units == null ? Map.of() : Map.copyOf(units);
    disciplineBody = orDefault(disciplineBody, county + "纪委监委");
  }

  /** Built-in defaults, for tests. */
  public static DocumentProperties defaults() {
    return new DocumentProperties(
        null, null, null, null, "泗县人民路1号县联合接访中心", "0557-7022345", null, null,
        null, null, null);
  }

  /** What a unit's documents print beyond its catalogue name. */
  public record UnitLetterhead(String abbreviation, String phone, String reviewBody) {}

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
