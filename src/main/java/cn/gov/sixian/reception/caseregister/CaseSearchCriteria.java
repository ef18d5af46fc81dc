package cn.gov.sixian.reception.caseregister;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.catalogue.UnitType;
import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.intake.PhoneNumbers;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of {@code GET /api/cases}, checked: every term is either exact or long enough
 * to be selective, and a search without a term that narrows it (a case, a person, a period, or the
 * open cases) is refused, so no search reads the whole register. Messages in Chinese name the
 * parameter (docs/api.md "Search cases").
 */
record CaseSearchCriteria(
    String caseNumber,
    String name,
    String idNumber,
    String phone,
    LocalDate from,
    LocalDate to,
    String category,
    String unit,
    String township,
    String stage,
    State state,
    Sort sort,
    int page,
    int size,
    String purpose) {

  static final int MIN_NAME = 2;
  static final int MAX_NAME = 50;
  static final int MAX_DAYS = 366;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  /** Deepest row a page may start at: page through a narrower search instead. */
  static final int MAX_OFFSET = 10_000;
  static final int MAX_PURPOSE = 200;

  static final Set<String> PARAMETERS = Set.of("caseNumber", "name", "idNumber", "phone", "from",
      "to", "category", "unit", "township", "stage", "state", "sort", "page", "size", "purpose");

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern STAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  enum State {
    OPEN, CLOSED, OVERDUE
  }

  enum Sort {
    /** registration time, newest first */
    REGISTERED,
    /** the deadline the case waits on now, soonest first; cases without one last */
    DUE
  }

  static CaseSearchCriteria parse(Map<String, List<String>> parameters, UnitCatalogue catalogue) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      if (!PARAMETERS.contains(p.getKey())) {
        throw new InvalidInputException(p.getKey(), "不支持的查询参数「" + p.getKey() + "」。");
      }
      if (p.getValue().size() > 1) {
        throw new InvalidInputException(p.getKey(), "查询参数「" + p.getKey() + "」只能填写一次。");
      }
    }
    String caseNumber = text(parameters, "caseNumber");
    if (caseNumber != null && caseNumber.length() > 32) {
      throw new InvalidInputException("caseNumber", "「信访件编号」过长，请填写完整编号。");
    }
    String name = text(parameters, "name");
    if (name != null) {
      int length = name.codePointCount(0, name.length());
      if (length < MIN_NAME) {
        throw new InvalidInputException("name", "「姓名」至少填写" + MIN_NAME + "个字。");
      }
      if (length > MAX_NAME) {
        throw new InvalidInputException("name", "「姓名」最多" + MAX_NAME + "个字。");
      }
    }
    String idNumber = IdNumbers.normalize(text(parameters, "idNumber"));
    if (idNumber != null && (!ID_NUMBER.matcher(idNumber).matches()
        || IdNumbers.checkChar(idNumber.substring(0, 17)) != idNumber.charAt(17))) {
      throw new InvalidInputException("idNumber",
          "「身份证号」请填写完整、正确的18位公民身份号码（按整号查询）。");
    }
    String phone = PhoneNumbers.normalize(text(parameters, "phone"));
    if (phone != null && !PhoneNumbers.isValid(phone)) {
      throw new InvalidInputException("phone",
          "「联系电话」请填写完整号码：11位手机号或带区号的固定电话（按整号查询）。");
    }
    LocalDate from = date(parameters, "from", "登记起始日期");
    LocalDate to = date(parameters, "to", "登记截止日期");
    if (from != null && to == null) {
      throw new InvalidInputException("to", "请同时填写「登记截止日期」（to）。");
    }
    if (to != null && from == null) {
      throw new InvalidInputException("from", "请同时填写「登记起始日期」（from）。");
    }
    if (from != null) {
      if (from.isAfter(to)) {
        throw new InvalidInputException("from", "「登记起始日期」不能晚于「登记截止日期」。");
      }
      if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
        throw new InvalidInputException("to", "登记时间段最长" + MAX_DAYS + "天，请缩短。");
      }
    }
    String category = text(parameters, "category");
    if (category != null && catalogue.findCategory(category).isEmpty()) {
      throw new InvalidInputException("category", "未知的问题类别：" + category);
    }
    String unit = text(parameters, "unit");
    if (unit != null && catalogue.findUnit(unit).isEmpty()) {
      throw new InvalidInputException("unit", "未知的责任单位：" + unit);
    }
    String township = text(parameters, "township");
    if (township != null && catalogue.findUnit(township)
        .filter(u -> u.type() == UnitType.TOWNSHIP).isEmpty()) {
      throw new InvalidInputException("township", "未知的乡镇：" + township);
    }
    String stage = text(parameters, "stage");
    if (stage != null && !STAGE.matcher(stage).matches()) {
      throw new InvalidInputException("stage", "「办理环节」应为环节代码，例如Task_HandleCase。");
    }
    State state = choice(parameters, "state", State.class, null,
        "「状态」应为 open（办理中）、closed（已结案）或 overdue（已逾期）。");
    Sort sort = choice(parameters, "sort", Sort.class, Sort.REGISTERED,
        "「排序」应为 registered（登记时间，最新在前）或 due（期限，最早在前）。");
    int size = number(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE, "每页条数");
    int page = number(parameters, "page", 0, 0, MAX_OFFSET / size, "页码");
    String purpose = text(parameters, "purpose");
    if (purpose != null && purpose.length() > MAX_PURPOSE) {
      throw new InvalidInputException("purpose", "「查阅事由」最多" + MAX_PURPOSE + "个字。");
    }
    if (caseNumber == null && name == null && idNumber == null && phone == null && from == null
        && state != State.OPEN && state != State.OVERDUE) {
      throw new InvalidInputException(null, "查询条件过宽：请至少填写信访件编号（caseNumber）、姓名"
          + "（name，至少2个字）、身份证号（idNumber）、联系电话（phone）、登记时间段（from 和 to，"
          + "最长" + MAX_DAYS + "天）之一，或查询办理中/已逾期的信访件（state=open 或 overdue）。");
    }
    return new CaseSearchCriteria(caseNumber, name, idNumber, phone, from, to, category, unit,
        township, stage, state, sort, page, size, purpose);
  }

  /** The stored forms a whole phone number may have: with or without the area code's hyphen. */
  List<String> phoneVariants() {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(phone);
    String digits = phone.replace("-", "");
    variants.add(digits);
    if (digits.startsWith("0")) {
      variants.add(digits.substring(0, 3) + "-" + digits.substring(3));
      variants.add(digits.substring(0, 4) + "-" + digits.substring(4));
    }
    return new ArrayList<>(variants);
  }

  /** For the access log: the criteria as given, ID number and phone masked. */
  String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "caseNumber", caseNumber);
    add(parts, "name", name);
    add(parts, "idNumber", idNumber == null ? null : IdNumbers.mask(idNumber));
    add(parts, "phone", phone == null ? null : PhoneNumbers.mask(phone));
    add(parts, "from", from);
    add(parts, "to", to);
    add(parts, "category", category);
    add(parts, "unit", unit);
    add(parts, "township", township);
    add(parts, "stage", stage);
    add(parts, "state", state == null ? null : state.name().toLowerCase());
    add(parts, "sort", sort.name().toLowerCase());
    add(parts, "page", page);
    add(parts, "size", size);
    return String.join("; ", parts);
  }

  private static void add(List<String> parts, String key, Object value) {
    if (value != null) {
      parts.add(key + "=" + value);
    }
  }

  private static String text(Map<String, List<String>> parameters, String key) {
    List<String> values = parameters.get(key);
    if (values == null || values.isEmpty() || values.get(0) == null
        || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static LocalDate date(Map<String, List<String>> parameters, String key, String label) {
    String value = text(parameters, key);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, "「" + label + "」格式应为yyyy-MM-dd，例如2026-03-01。");
    }
  }

  private static <E extends Enum<E>> E choice(Map<String, List<String>> parameters, String key,
      Class<E> type, E fallback, String message) {
    String value = text(parameters, key);
    if (value == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new InvalidInputException(key, message);
  }

  private static int number(Map<String, List<String>> parameters, String key, int fallback,
      int min, int max, String label) {
    String value = text(parameters, key);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(key, "「" + label + "」应为" + min + "到" + max + "之间的整数。");
  }
}
