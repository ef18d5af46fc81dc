package cn.gov.sixian.reception.demo;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_AGREEMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNER;
import static cn.gov.sixian.reception.process.ProcessVariables.COORDINATION_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.COUNTY_LEADER_REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_OBJECTED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_ACCEPTED;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_REQUIRED;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.INSPECTION_RESULT;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNITS;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_INSTRUCTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.LEADER_RECEPTION;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.MEETING_ATTENDEES;
import static cn.gov.sixian.reception.process.ProcessVariables.MEETING_DATE;
import static cn.gov.sixian.reception.process.ProcessVariables.ON_SPOT_REPLY;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.REFER_TO_INSPECTION;
import static cn.gov.sixian.reception.process.ProcessVariables.REDIRECT_CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.REJECTION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_BASIS;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.ESTABLISHED_FACTS;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST_MEDIATION;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.SATISFACTION_NOTE;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_ACCEPTED;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_FEEDBACK;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_REPORT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_SOLUTION;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_NOTES;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.VISITOR_COUNT;
import static cn.gov.sixian.reception.demo.DemoCase.registered;
import static cn.gov.sixian.reception.demo.DemoStep.TODAY;

import cn.gov.sixian.reception.intake.IdNumbers;
import java.util.List;
import java.util.Map;

/**
 * The demo cases: fictional petitioners (names, ID numbers and phones are made up; ID numbers
 * carry a correct check character so they pass validation), spread over about ten weeks and
 * over every stage of the processes. Each case reads as its story.
 */
final class DemoCases {

  static final String CLOSED = "closed";
  /** Facts and basis of the demo replies (信访事项处理意见书): fictional, the same for every case. */
  static final String DEMO_FACTS = "经调查核实，信访人反映的情况基本属实。";
  static final String DEMO_BASIS = "《信访工作条例》及相关法律、法规和政策规定。";

  // task definition keys of the models
  static final String ROUTING = "Task_ConfirmRouting";
  static final String LEADER = "Task_LeaderReception";
  static final String RECEPTION = "Task_FaceToFaceReception";
  static final String ACCEPTANCE = "Task_DecideAcceptance";
  static final String HANDLING = "Task_HandleCase";
  static final String EXTENSION = "Task_ApproveExtension";
  static final String EXTENSION_REVIEW = "Task_ReviewExtension";
  static final String FEEDBACK = "Task_ConfirmFeedback";
  static final String SATISFACTION_TASK = "Task_RecordSatisfaction";
  static final String TIER1 = "Task_OnSpotMediation";
  static final String REVIEW = "Task_ReviewEscalation";
  static final String TIER2 = "Task_DeputyLeaderMediation";
  static final String JOINT_UNITS_TASK = "Task_ChooseJointUnits";
  static final String UNIT_OPINION_TASK = "Task_UnitOpinion";
  static final String MEETING = "Task_CoordinationMeeting";
  static final String JOINT_OUTCOME = "Task_JointMediationOutcome";
  static final String REQUEST_COUNTY = "Task_RequestCountyLeader";
  static final String COUNTY_DECISION = "Task_CountyLeaderDecision";
  static final String SLIP_FEEDBACK = "Task_SupervisionFeedback";
  static final String SLIP_REVIEW = "Task_ReviewSupervisionFeedback";
  static final String DECIDE_REFERRAL = "Task_DecideReferral";
  static final String INSPECTION = "Task_DisciplineInspection";

  private DemoCases() {}

  static List<DemoCase> all() {
    return List.of(
        // ---- closed on the spot (初信初访, 当场解决并答复)
        routed("d01", 47, petitioner("张桂兰", "19620314", "town-dunji", 1, "wage-arrears",
            "在墩集镇某养殖场务工八个月，老板拖欠工资一万二千元。", "要求结清工资。"), "rsj")
            .then(0, RECEPTION, "rsj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "窗口当场联系用工方核实。", ON_SPOT_REPLY, "用工方同意三日内结清，人社局跟踪落实。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d02", 44, petitioner("刘长海", "19750822", "town-sicheng", 1, "public-security",
            "邻居占用通道引发纠纷，报警后未见处理结果。", "要求派出所出具处理意见。"), "gaj")
            .then(0, RECEPTION, "gaj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "调阅出警记录。", ON_SPOT_REPLY, "派出所已受案，当场告知处理进度。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION,
                "BASICALLY_SATISFIED").endsAt(CLOSED),
        routed("d03", 40, petitioner("陈素梅", "19810105", "town-caomiao", 1, "transport",
            "村道维修后路面开裂，雨天积水无法通行。", "要求重新修补路面。"), "jtj")
            .then(0, RECEPTION, "jtj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "核实为质保期内工程。", ON_SPOT_REPLY, "责成施工单位十日内返修。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d04", 35, petitioner("周永福", "19580611", "town-dinghu", 1, "rural-land",
            "耕地地力保护补贴今年未到账。", "要求补发补贴。"), "nyncj")
            .then(0, RECEPTION, "nyncj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "查询补贴发放名册。", ON_SPOT_REPLY, "因银行卡号变更退回，已重新登记，下批发放。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "NOT_EVALUATED").endsAt(CLOSED),
        routed("d05", 30, petitioner("吴晓燕", "19900927", "town-sicheng", 1, "property-management",
            "购买的商品房迟迟办不了不动产权证。", "要求尽快办证。"), "fgzx")
            .then(0, RECEPTION, "fgzx-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "开发商资料不全。", ON_SPOT_REPLY, "已通知开发商补齐资料，月底前集中办证。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d06", 22, petitioner("孙建军", "19770418", "town-pingshan", 1, "construction-quality",
            "安置房屋顶漏水，多次找物业未解决。", "要求维修屋面防水。"), "zjj")
            .then(0, RECEPTION, "zjj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "属保修范围。", ON_SPOT_REPLY, "住建局督促建设单位一周内维修。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d07", 12, petitioner("马玉珍", "19690703", "town-changgou", 1, "land-planning",
            "邻户建房越界占用我家宅基地。", "要求重新勘界。"), "zrzyj")
            .then(0, RECEPTION, "zrzyj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "调取宅基地档案。", ON_SPOT_REPLY, "安排所在镇自然资源所下周现场勘界。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d08", 5, petitioner("赵德明", "19850219", "town-dazhuang", 1, "wage-arrears",
            "在县城装修工地干活，工头拖欠工资六千元。", "要求支付工资。"), "rsj")
            .then(0, RECEPTION, "rsj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "联系总包单位。", ON_SPOT_REPLY, "总包单位当场承诺代付。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),

        // ---- handled within the limits and closed
        accepted(routed("d09", 46, petitioner("钱立新", "19600830", "town-huangwei", 1,
            "expropriation",
            "房屋征收补偿款计算有误，少算附属物。", "要求重新核算补偿。"), "fwzs"), "fwzs", 3)
            .then(15, HANDLING, "fwzs-staff", HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "经复核，补算附属物补偿四千二百元，已书面告知。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        accepted(routed("d10", 42, petitioner("郑秀英", "19880512", "town-caogou", 1, "education",
            "孩子随迁入学被拒，要求就近入学。", "要求安排入学。"), "jyj"), "jyj", 2)
            .then(10, HANDLING, "jyj-staff", HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "已协调县实验小学接收，办理入学手续。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION,
                "BASICALLY_SATISFIED").endsAt(CLOSED),
        accepted(routed("d11", 38, petitioner("冯建国", "19630115", "town-liuwei", 1,
            "labor-social-security", "企业未给缴纳养老保险十年。", "要求补缴养老保险。"), "rsj"), "rsj", 4)
            .then(18, HANDLING, "rsj-staff", HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "企业已补缴近两年，此前部分超过追缴时效，已告知仲裁途径。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "DISSATISFIED",
                SATISFACTION_NOTE, "认为补缴年限不足。").endsAt(CLOSED),
        // replied after the 60-day limit: closed, but not on time
        accepted(routed("d12", 48, petitioner("蒋红霞", "19790909", "town-shantou", 1, "health",
            "在乡镇卫生院就诊后病情加重，怀疑误诊。", "要求调查并赔偿。"), "wjw"), "wjw", 1)
            .then(46, HANDLING, null, HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "经医疗事故技术鉴定，不构成医疗事故，已告知诉讼途径。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION,
                "BASICALLY_SATISFIED").endsAt(CLOSED),
        // extended once, then replied
        accepted(routed("d13", 45, petitioner("沈国强", "19710227", "town-heita", 1, "land-planning",
            "土地确权面积与实际不符。", "要求更正确权面积。"), "zrzyj"), "zrzyj", 2)
            .then(20, HANDLING, "zrzyj-staff", HANDLING_ACTION, "EXTEND",
                EXTENSION_DAYS, 20, EXTENSION_REASON, "需委托测绘单位重新测量。")
            .then(1, EXTENSION, "zrzyj-leader", EXTENSION_APPROVED, true)
            .then(0, EXTENSION_REVIEW, "zhuren", EXTENSION_OBJECTED, false)
            .then(12, HANDLING, "zrzyj-staff", HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "重新测量后已更正确权面积。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        // not accepted
        routed("d14", 33, petitioner("韩志刚", "19661120", "town-wafang", 1, "civil-affairs",
            "要求将已成年子女纳入低保。", "要求享受低保。"), "mzj")
            .then(0, RECEPTION, null, RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES, "需审查。")
            .then(3, ACCEPTANCE, null, ACCEPTANCE_DECISION, "REJECT",
                REDIRECT_CHANNEL, "如对原处理决定不服，可依法申请行政复议或者提起行政诉讼。",
                REJECTION_REASON, "已经法定程序作出处理并经复核，不再受理。")
            .then(1, SATISFACTION_TASK, "dengji", SATISFACTION, "NOT_EVALUATED").endsAt(CLOSED),
        // returned once by the center, then replied again
        accepted(routed("d15", 36, petitioner("杨丽君", "19830602", "town-sicheng", 1,
            "urban-management", "楼下烧烤店油烟噪音扰民。", "要求整治。"), "cgj"), "cgj", 2)
            .then(6, HANDLING, null, HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "已口头劝导。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, false,
                FEEDBACK_COMMENT, "答复过于简单，请落实整改措施后书面答复。")
            .then(5, HANDLING, null, HANDLING_ACTION, "REPLY",
                ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "已责令加装油烟净化设备，晚十时后停止露天经营。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),

        // ---- four-tier mediation
        routed("d16", 39, petitioner("何春生", "19700412", "town-dunji", 1, "neighborhood",
            "与邻居因排水沟走向发生争执。", "要求调解。"), "town-dunji")
            .then(0, RECEPTION, null, RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "双方均在场。")
            .then(0, TIER1, null, TIER1_OUTCOME, "RESOLVED", TIER1_NOTES, "双方同意共同出资改沟。",
                COMMITMENT_SIGNER, "何春生", COMMITMENT_SIGNED_AT, TODAY,
                COMMITMENT_AGREEMENT, "排水沟沿地界改道，费用双方各半，不再上访。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d17", 34, petitioner("许文斌", "19870808", "town-sicheng", 3, "public-security",
            "交通事故赔偿调解不成，肇事方拒不赔偿。", "要求公安机关督促赔偿。"), "gaj")
            .then(0, RECEPTION, "gaj-staff", RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "当场调解。")
            .then(0, TIER1, "gaj-staff", TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "双方差距较大。")
            .then(1, REVIEW, "zhuren", REVIEW_DECISION, "TIER2")
            .then(2, TIER2, "gaj-leader", TIER2_OUTCOME, "RESOLVED",
                TIER2_REPORT, "已向局长报告。", TIER2_SOLUTION, "由保险公司先行赔付，差额分期支付。",
                COMMITMENT_SIGNER, "许文斌", COMMITMENT_SIGNED_AT, TODAY,
                COMMITMENT_AGREEMENT, "接受赔偿方案，不再上访。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        routed("d18", 28, petitioner("谢光荣", "19550317", "town-huangwei", 6, "expropriation",
            "村集体土地被征收后安置房分配不公。", "要求公开分配方案并重新分配。"), "fwzs")
            .then(0, RECEPTION, "fwzs-staff", RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES,
                "涉及多个部门。")
            .then(0, TIER1, "fwzs-staff", TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "需自然资源部门配合。")
            .then(1, REVIEW, "zhuren", REVIEW_DECISION, "TIER3")
            .then(0, JOINT_UNITS_TASK, "zhuren", JOINT_UNITS, "[\"fwzs\",\"zrzyj\"]")
            .then(2, UNIT_OPINION_TASK, null, UNIT_OPINION, "同意公开分配方案，复核面积。")
            .then(2, MEETING, "zhuren", MEETING_DATE, TODAY, MEETING_ATTENDEES,
                "房屋征收中心、自然资源和规划局、黄圩镇",
                COORDINATION_OPINION, "公开分配方案，对三户重新测量。", HEARING_REQUIRED, false)
            .then(1, JOINT_OUTCOME, "zhuren", TIER3_OUTCOME, "RESOLVED", TIER3_NOTES, "重新测量后调整分配。",
                COMMITMENT_SIGNER, "谢光荣", COMMITMENT_SIGNED_AT, TODAY,
                COMMITMENT_AGREEMENT, "接受调整后的分配方案，不再上访。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION,
                "BASICALLY_SATISFIED").endsAt(CLOSED),
        routed("d19", 26, petitioner("唐德胜", "19590101", "town-changgou", 1, "land-planning",
            "承包地被占用修路，补偿标准争议多年。", "要求按新标准补偿。"), "zrzyj")
            .then(0, RECEPTION, "zrzyj-staff", RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES,
                "历史遗留问题。")
            .then(0, TIER1, "zrzyj-staff", TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "窗口无法决定。")
            .then(1, REVIEW, "zhuren", REVIEW_DECISION, "TIER3")
            .then(0, JOINT_UNITS_TASK, "zhuren", JOINT_UNITS, "[\"zrzyj\",\"jtj\"]")
            .then(2, UNIT_OPINION_TASK, null, UNIT_OPINION, "按原协议执行。")
            .then(2, MEETING, "zhuren", MEETING_DATE, TODAY, MEETING_ATTENDEES, "自然资源和规划局、交通局",
                COORDINATION_OPINION, "标准问题需县政府决定。", HEARING_REQUIRED, false)
            .then(1, JOINT_OUTCOME, "zhuren", TIER3_OUTCOME, "ESCALATE", TIER3_NOTES, "提请县领导协调。")
            .then(1, REQUEST_COUNTY, "zhuren", COUNTY_LEADER_NAME, "陈志远",
                COUNTY_LEADER_REQUEST, "请县领导协调补偿标准。")
            .then(3, COUNTY_DECISION, "xianling", COUNTY_LEADER_DECISION, "按现行标准补足差额，由县财政统筹。")
            .then(1, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        // dissatisfied with the reply: to mediation, then satisfied
        accepted(routed("d20", 43, petitioner("曹美华", "19740516", "town-dalukou", 1, "wage-arrears",
            "劳务公司拖欠保洁工资三个月。", "要求支付工资及经济补偿。"), "rsj"), "rsj", 2)
            .then(8, HANDLING, "rsj-staff", HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION,
                "已责令支付工资，经济补偿请申请仲裁。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "DISSATISFIED",
                SATISFACTION_NOTE, "经济补偿未解决。", REQUEST_MEDIATION, true)
            .then(1, REVIEW, "zhuren", REVIEW_DECISION, "TIER2")
            .then(2, TIER2, "rsj-leader", TIER2_OUTCOME, "RESOLVED",
                TIER2_REPORT, "已向局长报告。", TIER2_SOLUTION, "劳务公司支付一个月经济补偿。",
                COMMITMENT_SIGNER, "曹美华", COMMITMENT_SIGNED_AT, TODAY, COMMITMENT_AGREEMENT,
                    "接受补偿，不再上访。")
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),
        // group visit received first by a county leader
        registered("d21", 41, (petitioner("彭桂芝", "19680723", "town-dayang", 12, "wage-arrears",
            "十二名农民工在县城某工地被拖欠工资共二十六万元。", "要求结清全部工资。")))
            .then(0, ROUTING, "dengji", UNIT_CODE, "rsj", PROBLEM_CATEGORY, "wage-arrears",
                LEADER_RECEPTION, true)
            .then(0, LEADER, "xianling", LEADER_NAME, "陈志远", LEADER_INSTRUCTIONS, "人社局牵头，十日内结清。")
            .then(1, ACCEPTANCE, "rsj-staff", ACCEPTANCE_DECISION, "ACCEPT")
            .then(9, HANDLING, "rsj-staff", HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "总包单位已足额支付工资。")
            .then(1, FEEDBACK, "dengji", FEEDBACK_ACCEPTED, true)
            .then(0, SATISFACTION_TASK, "dengji", SATISFACTION, "SATISFIED").endsAt(CLOSED),

        // ---- open cases at every stage
        routed("d22", 8, petitioner("张桂兰", "19620314", "town-dunji", 1, "wage-arrears",
            "养殖场老板承诺的工资仍未结清，再次来访。", "要求结清工资并追究责任。"), "rsj")
            .then(0, RECEPTION, "rsj-staff", RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES,
                "重复访，需立案办理。")
            // the repeat petition puts the earlier case d01 up for accountability
            .thenOn("d01", 1, DECIDE_REFERRAL, "zhuren", REFER_TO_INSPECTION, true,
                REFERRAL_COMMENT, "原件答复未落实导致重复访，移送核查。")
            .thenOn("d01", 4, INSPECTION, "jijian", INSPECTION_RESULT, "经核查，窗口未跟踪落实，对经办人员批评教育。")
            .endsAt(ACCEPTANCE),
        registered("d23", 0, petitioner("林国华", "19760304", "town-sicheng", 1, "public-security",
            "电动车被盗三个月无进展。", "要求加快侦办。")).endsAt(ROUTING),
        routed("d24", 0, petitioner("高淑芬", "19820919", "town-pingshan", 1, "public-security",
            "网购被骗八千元，报案后未立案。", "要求立案侦查。"), "gaj").endsAt(RECEPTION),
        routed("d25", 1, petitioner("罗春来", "19730628", "town-caomiao", 1, "market-regulation",
            "购买的农药有质量问题，导致减产。", "要求查处并赔偿。"), "scjgj").endsAt(RECEPTION),
        routed("d26", 4, petitioner("宋晓峰", "19890211", "town-dinghu", 1, "transport",
            "客运班车取消，村民出行困难。", "要求恢复班车。"), "jtj")
            .then(0, RECEPTION, "jtj-staff", RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES,
                "需调研线路。")
            .endsAt(ACCEPTANCE),
        // acceptance overdue: the overdue timer raises a slip, the unit never answers
        routed("d27", 20, petitioner("梁玉兰", "19650505", "town-sicheng", 1, "construction-quality",
            "小区电梯长期故障无人维修。", "要求维修电梯。"), "zjj")
            .then(0, RECEPTION, "zjj-staff", RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES,
                "需协调维保单位。")
            .endsAt(ACCEPTANCE),
        accepted(routed("d28", 15, petitioner("董长青", "19610930", "town-heita", 1, "rural-land",
            "土地流转租金两年未付。", "要求支付租金。"), "nyncj"), "nyncj", 2).endsAt(HANDLING),
        // a slip answered on time and accepted
        accepted(routed("d29", 25, petitioner("潘丽萍", "19840417", "town-sicheng", 1,
            "property-management",
            "物业公司擅自提高收费标准。", "要求恢复原收费标准。"), "fgzx"), "fgzx", 2)
            .slip(10, "请于七日内反馈物业收费核查情况。")
            .then(3, SLIP_FEEDBACK, "fgzx-staff", SUPERVISION_FEEDBACK, "已约谈物业公司，收费标准恢复。")
            .then(1, SLIP_REVIEW, "dengji", SLIP_ACCEPTED, true).endsAt(HANDLING),
        // a slip answered late
        accepted(routed("d30", 32, petitioner("袁志勇", "19720106", "town-liuwei", 1, "water",
            "灌溉渠道堵塞，无法浇地。", "要求清淤。"), "slj"), "slj", 2)
            .slip(10, "请尽快组织清淤并反馈。")
            .then(8, SLIP_FEEDBACK, null, SUPERVISION_FEEDBACK, "已组织清淤，恢复通水。")
            .then(1, SLIP_REVIEW, "zhuren", SLIP_ACCEPTED, true).endsAt(HANDLING),
        // handling overdue: the overdue timer raises a slip, answered, review pending
        accepted(routed("d31", 48, petitioner("邓春燕", "19800808", "town-caogou", 1, "transport",
            "公路拓宽占用房前场地未补偿。", "要求补偿。"), "jtj"), "jtj", 2).endsAt(HANDLING),
        // tier 2 overdue
        routed("d32", 10, petitioner("范建民", "19670219", "town-dazhuang", 2, "public-security",
            "与他人斗殴受伤，认为处罚过轻。", "要求重新处理。"), "gaj")
            .then(0, RECEPTION, "gaj-staff", RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES, "当场调解。")
            .then(0, TIER1, "gaj-staff", TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "当事人不接受。")
            .then(2, REVIEW, "zhuren", REVIEW_DECISION, "TIER2").endsAt(TIER2),
        // tier 3, unit opinions pending
        routed("d33", 6, petitioner("石秀兰", "19570727", "town-dunji", 5, "expropriation",
            "征收范围内五户房屋评估价格过低。", "要求重新评估。"), "fwzs")
            .then(0, RECEPTION, "fwzs-staff", RECEPTION_OUTCOME, "MEDIATE", RECEPTION_NOTES,
                "集体诉求。")
            .then(0, TIER1, "fwzs-staff", TIER1_OUTCOME, "ESCALATE", TIER1_NOTES, "需联合调解。")
            .then(1, REVIEW, "zhuren", REVIEW_DECISION, "TIER3")
            .then(0, JOINT_UNITS_TASK, "zhuren", JOINT_UNITS,
                "[\"fwzs\",\"zjj\"]").endsAt(UNIT_OPINION_TASK),
        // extension waiting for approval
        accepted(routed("d34", 18, petitioner("金海涛", "19780314", "town-shantou", 1,
            "labor-social-security", "工伤认定结论不服。", "要求重新认定。"), "rsj"), "rsj", 2)
            .then(13, HANDLING, "rsj-staff", HANDLING_ACTION, "EXTEND", EXTENSION_DAYS, 30,
                EXTENSION_REASON, "需等待劳动能力鉴定结论。").endsAt(EXTENSION),
        // reply waiting for the center's confirmation
        accepted(routed("d35", 14, petitioner("魏兰芳", "19860124", "town-sicheng", 1, "education",
            "学校违规收取资料费。", "要求退费。"), "jyj"), "jyj", 1)
            .then(10, HANDLING, "jyj-staff", HANDLING_ACTION, "REPLY", ESTABLISHED_FACTS, DEMO_FACTS, REPLY_BASIS, DEMO_BASIS, REPLY_OPINION, "已责令学校退还资料费。")
            .endsAt(FEEDBACK),
        // confirmed, waiting for the satisfaction evaluation
        routed("d36", 3, petitioner("卢德华", "19640611", "town-wafang", 1, "rural-land",
            "种粮补贴发放名单遗漏。", "要求补录。"), "nyncj")
            .then(0, RECEPTION, "nyncj-staff", RECEPTION_OUTCOME, "RESOLVED",
                RECEPTION_NOTES, "核对名单。", ON_SPOT_REPLY, "已补录，下批发放。").endsAt(SATISFACTION_TASK),
        // group visit waiting for the county leader
        registered("d37", 1, (petitioner("汪建设", "19700101", "town-huangwei", 8, "expropriation",
            "八户村民对征地补偿分配有异议。", "要求公开账目。")))
            .then(0, ROUTING, "dengji", UNIT_CODE, "fwzs", PROBLEM_CATEGORY, "expropriation",
                LEADER_RECEPTION, true)
            .endsAt(LEADER));
  }

  /** Registered and routed to {@code unit} the same morning. */
  private static DemoCase.Builder routed(String id, int workingDaysAgo, Map<String, Object> form,
      String unit) {
    return registered(id, workingDaysAgo, form)
        .then(0, ROUTING, "dengji", UNIT_CODE, unit, PROBLEM_CATEGORY, form.get(PROBLEM_CATEGORY),
            LEADER_RECEPTION, false);
  }

  /** Received for handling at the window, then accepted {@code days} working days later. */
  private static DemoCase.Builder accepted(DemoCase.Builder routed, String unit, int days) {
    return routed
        .then(0, RECEPTION, unit + "-staff", RECEPTION_OUTCOME, "ACCEPTED", RECEPTION_NOTES,
            "需调查核实。")
        .then(days, ACCEPTANCE, unit + "-staff", ACCEPTANCE_DECISION, "ACCEPT");
  }

  private static final Map<String, String> TOWNSHIPS = Map.ofEntries(
      Map.entry("town-sicheng", "泗城镇"), Map.entry("town-dunji", "墩集镇"),
      Map.entry("town-dinghu", "丁湖镇"), Map.entry("town-caomiao", "草庙镇"),
      Map.entry("town-pingshan", "屏山镇"), Map.entry("town-changgou", "长沟镇"),
      Map.entry("town-dazhuang", "大庄镇"), Map.entry("town-huangwei", "黄圩镇"),
      Map.entry("town-caogou", "草沟镇"), Map.entry("town-liuwei", "刘圩镇"),
      Map.entry("town-shantou", "山头镇"), Map.entry("town-heita", "黑塔镇"),
      Map.entry("town-wafang", "瓦坊乡"), Map.entry("town-dalukou", "大路口乡"),
      Map.entry("town-dayang", "大杨乡"));

  /** A fictional petitioner of 泗县 (area code 341324) and the visit's matter. */
  private static Map<String, Object> petitioner(String name, String birthDate, String township,
      int visitors, String category, String matter, String request) {
    String first17 = "341324" + birthDate + String.format("%03d", Math.abs(name.hashCode()) % 1000);
    String phone = "1395570" + String.format("%04d",
        Math.abs((name + birthDate).hashCode()) % 10000);
    return DemoCase.map(PETITIONER_NAME, name, ID_NUMBER, first17 + IdNumbers.checkChar(first17),
        PHONE, phone, ADDRESS, "泗县" + TOWNSHIPS.get(township) + "幸福村（演示地址）",
        TOWNSHIP, township, VISITOR_COUNT, visitors, PROBLEM_CATEGORY, category,
        MATTER, matter, REQUEST, request, CHANNEL, "VISIT");
  }
}
