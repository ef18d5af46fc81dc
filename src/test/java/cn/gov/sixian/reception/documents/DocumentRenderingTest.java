package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.documents.StepDocuments.Staff;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind rendered once with Chinese text: the elements case-documents.md requires are on the
 * page, staff text is printed as entered, the limits come from configuration, every character has
 * a glyph in the embedded font. Writes the PDFs to {@code target/document-examples/}.
 */
class DocumentRenderingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final Staff UNIT_STAFF = new Staff("zjj-staff", "张明", "联合接访中心");
  private static final Staff DIRECTOR = new Staff("zhuren", "周建华", "联合接访中心主任");

  private final DocumentTestBeans beans = DocumentTestBeans.onFreshH2(CLOCK, UnitCatalogue.builtIn());

  @Test
  void registrationReceipt() throws Exception {
    String text = issue(DocumentStep.REGISTRATION, DocumentsFixture.variables(DocumentStep.REGISTRATION), UNIT_STAFF);
    assertCommon(text, "泗县联合接访中心", "泗信登〔2026〕1号");
    assertThat(text).contains("登记回执", "来访",
        StepDocuments.inShort(DocumentsFixture.MATTER_TEXT).replaceAll("\\s", ""),
        "当日将信访事项转送责任单位", "15日内决定是否受理",
        "泗县人民路1号县联合接访中心", "0557-7022345", "凭信访件编号");
    assertThat(text).contains("<幸福家园>", "&");
    assertThat(text).doesNotContain("望有关部门督促开发商尽快维修"); // beyond the first 80 characters
  }

  @Test
  void transferSlip() throws Exception {
    String text = issue(DocumentStep.ROUTING, DocumentsFixture.variables(DocumentStep.ROUTING), new Staff("dengji", "李红", "联合接访中心"));
    assertCommon(text, "泗县联合接访中心", "泗信转〔2026〕1号");
    assertThat(text).contains("转办单", "县住建局", "城乡建设与住房质量",
        DocumentsFixture.MATTER_TEXT.replaceAll("\\s", ""), "要求开发商维修外墙和屋顶",
        "15日内决定是否受理", "60日内办结", "联系人：李红", "0557-7022345");
  }

  @Test
  void acceptanceNotice() throws Exception {
    String text = issue(DocumentStep.ACCEPTANCE, DocumentsFixture.variables(DocumentStep.ACCEPTANCE), UNIT_STAFF);
    assertCommon(text, "县住建局", "县住建局受〔2026〕1号");
    assertThat(text).contains("信访事项受理告知书", "受理单位县住建局", "受理日期2026年3月4日",
        "60日内办结", "延长不超过30日", "2026年5月6日", "联系人：张明", "联系电话：0557-7022345");
  }

  @Test
  void nonAcceptanceNotice() throws Exception {
    String text = issue(DocumentStep.ACCEPTANCE, DocumentsFixture.rejected(), UNIT_STAFF);
    assertCommon(text, "县住建局", "县住建局不受〔2026〕1号");
    assertThat(text).contains("不予受理告知书", "不予受理理由", "该事项已由县人民法院作出生效判决。",
        "如对判决不服，可依法向上一级人民法院申请再审。");
  }

  @Test
  void extensionNotice() throws Exception {
    String text = issue(DocumentStep.EXTENSION, DocumentsFixture.variables(DocumentStep.EXTENSION), DIRECTOR);
    assertCommon(text, "县住建局", "县住建局延〔2026〕1号");
    assertThat(text).contains("延长办理期限告知书", "需委托第三方检测机构出具外墙质量检测报告。",
        "2026年5月26日", "延长20日", "不超过30日", "经县住建局负责人批准");
  }

  @Test
  void writtenReply() throws Exception {
    String text = issue(DocumentStep.REPLY, DocumentsFixture.variables(DocumentStep.REPLY), UNIT_STAFF);
    assertCommon(text, "县住建局", "县住建局答〔2026〕1号");
    assertThat(text).contains("信访事项处理意见书", "查明事实", "经现场查勘，该小区3号楼外墙瓷砖脱落12处",
        "处理意见", "责令开发商于30日内完成外墙和屋顶维修", "依据", "《建设工程质量管理条例》第四十条",
        "自收到本意见书之日起30日内", "泗县人民政府请求复查");
  }

  @Test
  void commitmentAtEachTierNamesWhoMediatedAndHasSignatureLines() throws Exception {
    String text = issue(DocumentStep.COMMITMENT_ON_SPOT,
        DocumentsFixture.variables(DocumentStep.COMMITMENT_ON_SPOT), UNIT_STAFF);
    assertCommon(text, "泗县联合接访中心", "泗信息〔2026〕1号");
    assertThat(text).contains("息访承诺书", "第一级当场调解", "调解单位县住建局", StepDocuments.inShort(DocumentsFixture.MATTER_TEXT).replaceAll("\\s", ""),
        "开发商于2026年4月30日前完成3号楼外墙和屋顶维修，并一次性补偿室内损失8000元；县住建局监督维修质量。",
        "信访人承诺", "不再就同一事实和理由重复信访", "签署人王秀英", "签署日期2026年3月2日",
        "调解工作人员张明", "信访人（签名）", "工作人员（签名）", "日期：______年____月____日");
    beans.steps().issue(DocumentStep.COMMITMENT_DEPUTY_LEADER,
        DocumentsFixture.variables(DocumentStep.COMMITMENT_DEPUTY_LEADER), UNIT_STAFF);
    beans.steps().issue(DocumentStep.COMMITMENT_JOINT,
        DocumentsFixture.variables(DocumentStep.COMMITMENT_JOINT), DIRECTOR);
    List<IssuedDocument> file = beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE);
    assertThat(file).extracting(IssuedDocument::documentNumber)
        .containsExactly("泗信息〔2026〕1号", "泗信息〔2026〕2号", "泗信息〔2026〕3号");
    assertThat(text(pdf(beans, file.get(1)))).contains("第二级分管领导牵头调处", "县住建局分管领导");
    assertThat(text(pdf(beans, file.get(2))))
        .contains("第三级联合调解", "泗县联合接访中心会同县住建局、县市场监管局");
  }

  @Test
  void noCommitmentWhenTheTierEscalates() {
    Map<String, Object> escalated = DocumentsFixture.variables(DocumentStep.COMMITMENT_ON_SPOT);
    escalated.put("tier1Outcome", "ESCALATE");
    beans.steps().issue(DocumentStep.COMMITMENT_ON_SPOT, escalated, UNIT_STAFF);
    assertThat(beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE)).isEmpty();
  }

  @Test
  void reviewOpinionStatesTheBodyTheOutcomeAndTheRightToReReview() throws Exception {
    String text = issue(DocumentStep.REVIEW, DocumentsFixture.variables(DocumentStep.REVIEW),
        CENTER_STAFF_FOR_REVIEW);
    assertCommon(text, "泗县联合接访中心", "泗信复查〔2026〕1号");
    assertThat(text).contains("复查意见书", "复查机关泗县人民政府", "原办理单位县住建局",
        "原答复日期2026年4月10日", "于2026年4月20日请求复查", "开发商至今未维修",
        "对原处理意见予以变更", "室内损失由县住建局委托评估机构评估",
        "自收到本意见书之日起30日内，向宿州市人民政府请求复核", "逾期未请求复核的，本复查意见即为终结意见")
        .doesNotContain("录入");
  }

  @Test
  void reReviewOpinionStatesTheHearingAndThatTheMatterIsFinal() throws Exception {
    String text = issue(DocumentStep.RE_REVIEW, DocumentsFixture.variables(DocumentStep.RE_REVIEW),
        CENTER_STAFF_FOR_REVIEW);
    assertCommon(text, "泗县联合接访中心", "泗信复核〔2026〕1号");
    assertThat(text).contains("复核意见书", "复核机关宿州市人民政府", "复查机关泗县人民政府",
        "复查结论变更", "听证情况", "2026年5月12日举行听证会", "开发商代表", "复查意见认定事实清楚",
        "对复查意见予以维持", "本复核意见为终结意见", "以同一事实和理由再次提出信访事项的",
        "不再受理", "依据宿州市人民政府作出的复核意见录入");
  }

  private static final Staff CENTER_STAFF_FOR_REVIEW = new Staff("dengji", "王芳", "联合接访中心");

  @Test
  void supervisionSlip() throws Exception {
    String text = issue(DocumentStep.SUPERVISION_SLIP,
        DocumentsFixture.variables(DocumentStep.SUPERVISION_SLIP), new Staff(null, null, "联合接访中心"));
    assertCommon(text, "泗县联合接访中心", "泗信督〔2026〕1号");
    assertThat(text).contains("督查督办通知单", "县住建局：", "督办单编号JF-2026-000038-DB1",
        "被督办单位县住建局", "督办原因办理期限届满未办结", "已届满的期限2026年2月27日",
        "请说明逾期原因，于反馈时一并报送外墙检测报告。", "收到本通知单之日起7日内", "2026年3月9日前",
        "督办单位泗县联合接访中心", "0557-7022345");
  }

  @Test
  void supervisionSlipStatesTheConfiguredFeedbackLimit() throws Exception {
    DocumentTestBeans other = DocumentTestBeans.onFreshH2(CLOCK, UnitCatalogue.builtIn(),
        DocumentProperties.defaults(), HandlingLimits.statutory(),
        new cn.gov.sixian.reception.supervision.SupervisionProperties(5, 1));
    other.steps().issue(DocumentStep.SUPERVISION_SLIP,
        DocumentsFixture.variables(DocumentStep.SUPERVISION_SLIP), UNIT_STAFF);
    String text = text(pdf(other, other.documents().list(DocumentsFixture.CASE_NUMBER_VALUE).get(0)));
    assertThat(text).contains("收到本通知单之日起5日内").doesNotContain("之日起7日");
  }

  @Test
  void accountabilityReferralQuotesTheSlipsAndTheTrackingSheet() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(beans.dataSource());
    jdbc.update("INSERT INTO supervision_slip (slip_number, case_number, process_instance_id,"
            + " unit_code, unit_name, reason, issued_at, feedback_due, answered_at, late, status)"
            + " VALUES (?, ?, 'p1', 'zjj', '县住建局', 'HANDLING_DEADLINE', ?, ?, NULL, TRUE, 'OPEN')",
        "JF-2026-000038-DB1", DocumentsFixture.CASE_NUMBER_VALUE,
        Timestamp.from(Instant.parse("2026-02-28T01:00:00Z")),
        Timestamp.from(Instant.parse("2026-03-09T09:30:00Z")));
    String text = issue(DocumentStep.REFERRAL, DocumentsFixture.variables(DocumentStep.REFERRAL), DIRECTOR);
    assertCommon(text, "泗县联合接访中心", "泗信移〔2026〕1号");
    assertThat(text).contains("问责移送函", "泗县纪委监委：", "被移送单位县住建局",
        "移送事由督办反馈逾期或未反馈", "督办单JF-2026-000038-DB1逾期未反馈，信访人已到市信访局越级上访。",
        "单位两次督办后仍未办结，移送县纪委监委核查。", "经联合接访中心主任决定",
        // the slip from the register, with its dates
        "JF-2026-000038-DB1办理期限届满未办结2026年2月28日2026年3月9日未反馈逾期，待反馈",
        // the tracking sheet
        "信访案件跟踪督办情况", "2026年3月10日系统列入通报");
  }

  @Test
  void noReferralLetterWhenTheDirectorDoesNotRefer() {
    Map<String, Object> kept = DocumentsFixture.variables(DocumentStep.REFERRAL);
    kept.put("referToInspection", false);
    beans.steps().issue(DocumentStep.REFERRAL, kept, DIRECTOR);
    assertThat(beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE)).isEmpty();
  }

  @Test
  void limitsComeFromConfiguration() throws Exception {
    DocumentTestBeans other = DocumentTestBeans.onFreshH2(CLOCK, UnitCatalogue.builtIn(),
        DocumentProperties.defaults(), new HandlingLimits(10, 45, 20));
    other.steps().issue(DocumentStep.ACCEPTANCE, DocumentsFixture.variables(DocumentStep.ACCEPTANCE), UNIT_STAFF);
    String text = text(other.documents().find(DocumentsFixture.CASE_NUMBER_VALUE,
        other.documents().list(DocumentsFixture.CASE_NUMBER_VALUE).get(0).id()).orElseThrow().pdf());
    assertThat(text).contains("45日内办结", "延长不超过20日").doesNotContain("60日", "30日");
  }

  @Test
  void aSecondReplySupersedesTheFirstWhichStaysInTheFile() {
    Map<String, Object> reply = DocumentsFixture.variables(DocumentStep.REPLY);
    beans.steps().issue(DocumentStep.REPLY, reply, UNIT_STAFF);
    beans.steps().issue(DocumentStep.REPLY, reply, UNIT_STAFF);
    List<IssuedDocument> file = beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE);
    assertThat(file).hasSize(2);
    assertThat(file.get(0).documentNumber()).isEqualTo("县住建局答〔2026〕1号");
    assertThat(file.get(0).supersededBy()).isEqualTo(file.get(1).id());
    assertThat(file.get(1).documentNumber()).isEqualTo("县住建局答〔2026〕2号");
    assertThat(file.get(1).superseded()).isFalse();
  }

  @Test
  void noDocumentWhenTheStepDecidedOtherwise() {
    Map<String, Object> extend = DocumentsFixture.variables(DocumentStep.REPLY);
    extend.put("handlingAction", "EXTEND");
    beans.steps().issue(DocumentStep.REPLY, extend, UNIT_STAFF);
    Map<String, Object> refused = DocumentsFixture.variables(DocumentStep.EXTENSION);
    refused.put("extensionApproved", false);
    beans.steps().issue(DocumentStep.EXTENSION, refused, DIRECTOR);
    assertThat(beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE)).isEmpty();
  }

  @Test
  void anAdministratorsTemplateIsReadAgainOnChangeAndABrokenOneRefusesTheStep(@TempDir Path folder)
      throws Exception {
    DocumentProperties withFolder = new DocumentProperties(folder.toString(), null, null, null,
        "泗县人民路1号", "0557-7022345", null, null, null, null, null);
    DocumentTestBeans admin = DocumentTestBeans.onFreshH2(CLOCK, UnitCatalogue.builtIn(), withFolder,
        HandlingLimits.statutory());
    Path receipt = folder.resolve("registration-receipt.html");
    Files.writeString(receipt, template("第一版回执"));
    Map<String, Object> v = DocumentsFixture.variables(DocumentStep.REGISTRATION);
    admin.steps().issue(DocumentStep.REGISTRATION, v, UNIT_STAFF);
    Files.writeString(receipt, template("第二版回执"));
    admin.steps().issue(DocumentStep.REGISTRATION, v, UNIT_STAFF);
    List<IssuedDocument> file = admin.documents().list(DocumentsFixture.CASE_NUMBER_VALUE);
    assertThat(text(pdf(admin, file.get(0)))).contains("第一版回执", "王秀英", "泗信登〔2026〕1号");
    assertThat(text(pdf(admin, file.get(1)))).contains("第二版回执", "泗信登〔2026〕2号");
    // kinds the folder does not hold still use the built-in template
    admin.steps().issue(DocumentStep.ROUTING, DocumentsFixture.variables(DocumentStep.ROUTING), UNIT_STAFF);

    Files.writeString(receipt, "<html><body><p th:text=\"${c.petitionerName\">broken</p></body></html>");
    assertThatThrownBy(() -> admin.steps().issue(DocumentStep.REGISTRATION, v, UNIT_STAFF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("《登记回执》未能生成（文书模板有误）");
  }

  private static String template(String marker) {
    return "<!DOCTYPE html><html xmlns:th=\"http://www.thymeleaf.org\">"
        + "<head th:replace=\"~{letterhead :: head}\"><title>t</title></head><body>"
        + "<p>" + marker + "</p><p th:text=\"${c.petitionerName}\">x</p><p th:text=\"${doc.number}\">n</p>"
        + "</body></html>";
  }

  private String issue(DocumentStep step, Map<String, Object> variables, Staff staff) throws IOException {
    beans.steps().issue(step, variables, staff);
    IssuedDocument listed = beans.documents().list(DocumentsFixture.CASE_NUMBER_VALUE).get(0);
    byte[] pdf = pdf(beans, listed);
    assertThat(CaseDocuments.sha256(pdf)).isEqualTo(listed.sha256());
    assertFontEmbeddedWithEveryGlyph(pdf);
    Path examples = Path.of("target", "document-examples");
    Files.createDirectories(examples);
    Files.write(examples.resolve(listed.kind().template() + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(listed.pageCount()).isEqualTo(1);
    }
    return text(pdf);
  }

  private static byte[] pdf(DocumentTestBeans beans, IssuedDocument listed) {
    return beans.documents().find(listed.caseNumber(), listed.id()).orElseThrow().pdf();
  }

  /** The elements every document carries (case-documents.md). */
  private static void assertCommon(String text, String issuer, String number) {
    assertThat(text).contains(issuer, number, DocumentsFixture.PETITIONER,
        DocumentsFixture.CASE_NUMBER_VALUE, "2026年3月2日", "盖章处");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  /** Every font on the page is the embedded CJK face, and it has a glyph for every character. */
  private static void assertFontEmbeddedWithEveryGlyph(byte[] pdf) throws IOException {
    TrueTypeFont shipped;
    try (InputStream in = PdfRenderer.class.getResourceAsStream(PdfRenderer.FONT_RESOURCE)) {
      shipped = new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          assertThat(font.getName()).contains("WenQuanYi");
        }
      }
      String text = new PDFTextStripper().getText(document);
      var cmap = shipped.getUnicodeCmapLookup();
      text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp ->
          assertThat(cmap.getGlyphId(cp)).as("glyph for %s", Character.toString(cp)).isNotZero());
      assertThat(text).doesNotContain("#", "\uFFFD");
    } finally {
      shipped.close();
    }
  }
}
