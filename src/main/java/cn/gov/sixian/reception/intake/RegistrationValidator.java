package cn.gov.sixian.reception.intake;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP;
import static cn.gov.sixian.reception.process.ProcessVariables.VISITOR_COUNT;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.catalogue.UnitType;
import cn.gov.sixian.reception.process.FormFields;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks the registration form (来访登记表) field by field; the first problem is reported. */
@Component
class RegistrationValidator {

  /** The form of 来访登记, whose labels name the fields in messages. */
  static final String FORM = FormFields.REGISTRATION_FORM;
  static final int MAX_VISITORS = 500;

  private final UnitCatalogue catalogue;
  private final Clock clock;

  RegistrationValidator(UnitCatalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  VisitRegistration validate(Map<String, Object> variables) {
    // the registration form's fields, entered in Tasklist or sent over REST
    Inputs in = Inputs.ofForm(FORM, variables);
    String name = in.requiredText(PETITIONER_NAME, 50);

    String idNumber = IdNumbers.normalize(in.requiredText(ID_NUMBER, 18 + 2));
    String idProblem = IdNumbers.problem(idNumber, LocalDate.now(clock));
    if (idProblem != null) {
      throw new InvalidInputException(ID_NUMBER, "「" + in.label(ID_NUMBER) + "」" + idProblem + "。");
    }

    String phone = PhoneNumbers.normalize(in.requiredText(PHONE, 20));
    if (!PhoneNumbers.isValid(phone)) {
      throw new InvalidInputException(
          PHONE, "「" + in.label(PHONE) + "」格式不正确：请填写11位手机号码，或带区号的固定电话（如0557-7012345）。");
    }

    String address = in.requiredText(ADDRESS, 200);
    String township = in.optionalText(TOWNSHIP, 64);
    if (township != null
        && catalogue.findUnit(township).filter(u -> u.type() == UnitType.TOWNSHIP).isEmpty()) {
      throw new InvalidInputException(TOWNSHIP, "「" + in.label(TOWNSHIP) + "」不在乡镇名录中：" + township + "。");
    }
    int visitors = in.requiredInt(VISITOR_COUNT, 1, MAX_VISITORS);

    String category = in.requiredText(PROBLEM_CATEGORY, 64);
    if (catalogue.findCategory(category).isEmpty()) {
      throw new InvalidInputException(
          PROBLEM_CATEGORY, "「" + in.label(PROBLEM_CATEGORY) + "」不在问题类别目录中：" + category + "。");
    }
    String matter = in.requiredText(MATTER, 2000);
    String request = in.requiredText(REQUEST, 1000);
    return new VisitRegistration(
        name, idNumber, phone, address, township, visitors, category, matter, request);
  }
}
