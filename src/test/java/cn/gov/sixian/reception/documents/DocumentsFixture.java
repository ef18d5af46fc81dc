package cn.gov.sixian.reception.documents;

import static cn.gov.sixian.reception.process.ProcessVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fictional case's variables at each step, as the models' listeners leave them. */
final class DocumentsFixture {

  static final String CASE_NUMBER_VALUE = "JF-2026-000038";
  static final String PETITIONER = "王秀英";
  /** Staff input with markup characters: must print as entered, never as markup. */
  static final String MATTER_TEXT =
      "本人在泗城镇<幸福家园>小区购买住房，交房两年来外墙瓷砖多处脱落 & 屋顶漏水，"
          + "多次找开发商和物业维修无果，雨季室内墙面发霉，影响老人和孩子居住，"
          + "另有地下车库积水问题一并反映，望有关部门督促开发商尽快维修。";

  private DocumentsFixture() {}

  static Map<String, Object> variables(DocumentStep step) {
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_NUMBER, CASE_NUMBER_VALUE);
    v.put(PETITIONER_NAME, PETITIONER);
    v.put(REGISTERED_AT, Date.from(Instant.parse("2026-03-02T01:30:00Z")));
    v.put(CHANNEL_NAME, "来访");
    v.put(MATTER, MATTER_TEXT);
    v.put(REQUEST, "要求开发商维修外墙和屋顶，赔偿室内损失。");
    v.put(UNIT_CODE, "zjj");
    v.put(UNIT_NAME, "县住建局");
    v.put(PROBLEM_CATEGORY_NAME, "城乡建设与住房质量");
    switch (step) {
      case ACCEPTANCE -> {
        v.put(ACCEPTANCE_DECISION, "ACCEPT");
        v.put(ACCEPTED_AT, Date.from(Instant.parse("2026-03-04T02:00:00Z")));
        v.put(HANDLING_DUE, Date.from(Instant.parse("2026-05-06T09:30:00Z")));
      }
      case REPLY -> {
        v.put(HANDLING_ACTION, "REPLY");
        v.put(ESTABLISHED_FACTS, "经现场查勘，该小区3号楼外墙瓷砖脱落12处，屋顶防水层破损，属保修期内质量问题。");
        v.put(REPLY_OPINION, "责令开发商于30日内完成外墙和屋顶维修；室内损失由开发商按评估结果赔偿。");
        v.put(REPLY_BASIS, "《建设工程质量管理条例》第四十条、第四十一条。");
        v.put(REPLIED_AT, Date.from(Instant.parse("2026-04-10T02:00:00Z")));
      }
      case EXTENSION -> {
        v.put(EXTENSION_APPROVED, true);
        v.put(EXTENSION_DAYS, 20);
        v.put(EXTENSION_REASON, "需委托第三方检测机构出具外墙质量检测报告。");
        v.put(HANDLING_DUE, Date.from(Instant.parse("2026-05-26T09:30:00Z")));
      }
      case COMMITMENT_ON_SPOT, COMMITMENT_DEPUTY_LEADER, COMMITMENT_JOINT -> {
        v.put(TIER1_OUTCOME, "RESOLVED");
        v.put(TIER2_OUTCOME, "RESOLVED");
        v.put(TIER3_OUTCOME, "RESOLVED");
        v.put(JOINT_UNIT_NAMES, "县住建局、县市场监管局");
        v.put(COMMITMENT_SIGNER, PETITIONER);
        v.put(COMMITMENT_SIGNED_AT, "2026-03-02");
        v.put(COMMITMENT_AGREEMENT, "开发商于2026年4月30日前完成3号楼外墙和屋顶维修，并一次性补偿室内损失8000元；"
            + "县住建局监督维修质量。");
      }
      case SUPERVISION_SLIP -> {
        v.put(SLIP_NUMBER, "JF-2026-000038-DB1");
        v.put(SUPERVISION_REASON_NAME, "办理期限届满未办结");
        v.put(SUPERVISION_DEADLINE, Date.from(Instant.parse("2026-02-27T09:30:00Z")));
        v.put(SUPERVISION_DETAILS, "请说明逾期原因，于反馈时一并报送外墙检测报告。");
        v.put(FEEDBACK_DUE, Date.from(Instant.parse("2026-03-09T09:30:00Z")));
      }
      case REFERRAL -> {
        v.put(REFER_TO_INSPECTION, true);
        v.put(REFERRAL_REASON_NAME, "督办反馈逾期或未反馈");
        v.put(REFERRAL_DETAILS, "督办单JF-2026-000038-DB1逾期未反馈，信访人已到市信访局越级上访。");
        v.put(REFERRAL_COMMENT, "单位两次督办后仍未办结，移送县纪委监委核查。");
        v.put(TRACKING_SHEET, "2026年2月28日｜系统｜开具督办单｜督办单JF-2026-000038-DB1（办理期限届满未办结）；反馈期限2026年3月9日 17:30｜—\n"
            + "2026年3月10日｜系统｜列入通报｜督办单JF-2026-000038-DB1逾期未反馈，列入通报｜—");
      }
      case REVIEW, RE_REVIEW -> {
        v.put(REPLIED_AT, Date.from(Instant.parse("2026-04-10T02:00:00Z")));
        v.put(REVIEW_REQUESTED_AT, Date.from(Instant.parse("2026-04-20T02:00:00Z")));
        v.put(REVIEW_REASON, "开发商至今未维修，答复意见未落实赔偿标准，请求复查。");
        v.put(REVIEW_BODY_CODE, step == DocumentStep.REVIEW ? "county-government" : "city");
        v.put(REVIEW_BODY_NAME, step == DocumentStep.REVIEW ? "泗县人民政府" : "宿州市人民政府");
        v.put(REVIEW_IN_COUNTY, step == DocumentStep.REVIEW);
        v.put(REVIEW_OUTCOME_NAME, "变更");
        v.put(REVIEW_OPINION, "经复查，原处理意见对室内损失的赔偿标准未予明确，予以变更："
            + "室内损失由县住建局委托评估机构评估，开发商于评估后15日内赔偿。");
        if (step == DocumentStep.RE_REVIEW) {
          v.put(PRIOR_REVIEW_BODY_NAME, "泗县人民政府");
          v.put(PRIOR_REVIEW_OUTCOME_NAME, "变更");
          v.put(REVIEW_OUTCOME_NAME, "维持");
          v.put(HOLD_HEARING, true);
          v.put(HEARING_DATE, "2026-05-12");
          v.put(HEARING_PARTICIPANTS, "信访人王秀英，县住建局，开发商代表，律师");
          v.put(HEARING_CONCLUSION, "复查意见认定事实清楚，赔偿方式适当。");
        }
      }
      default -> { }
    }
    return v;
  }

  static Map<String, Object> rejected() {
    Map<String, Object> v = variables(DocumentStep.ACCEPTANCE);
    v.put(ACCEPTANCE_DECISION, "REJECT");
    v.put(REJECTION_REASON, "该事项已由县人民法院作出生效判决。");
    v.put(REDIRECT_CHANNEL, "如对判决不服，可依法向上一级人民法院申请再审。");
    return v;
  }

  /** Content as StepDocuments builds it, for tests of numbering only. */
  static Map<String, Object> content(DocumentKind kind) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("petitionerName", PETITIONER);
    c.put("caseNumber", CASE_NUMBER_VALUE);
    c.put("registeredOn", "2026年3月2日");
    c.put("unitName", "县住建局");
    c.put("acceptedOn", "2026年3月4日");
    c.put("handlingDue", "2026年5月6日");
    c.put("contactName", "张明");
    c.put("channel", "来访");
    c.put("matterInShort", "外墙脱落");
    return c;
  }
}
