package cn.gov.sixian.reception.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

/** E-mails about the duty roster to the center's deputy director (专职副主任). */
@Service
public class RosterNotifier {

  /** The length of {@code sent_notification.reference}. */
  private static final int MAX_REFERENCE = 100;

  private final MailGateway mail;
  private final NotificationProperties properties;

  RosterNotifier(MailGateway mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  /**
   * The posts nobody is on that day; sent once for the same day and the same posts, so a gap
   * closed and opened again, or another post left empty, is told again.
   */
  public void gaps(LocalDate date, String dayText, List<String> postCodes, List<String> postNames) {
    String names = String.join("、", postNames);
    mail.sendOnce(new Mail(MailKind.ROSTER_GAP, gapReference(date, postCodes),
        properties.deputyDirectorEmail(),
        "【联合接访】值班表缺员：" + dayText + " " + names,
        "专职副主任：\n\n" + dayText + "以下岗位尚未安排值班人员：" + names
            + "。\n请通知相关单位补排，或在值班表中安排。\n\n值班表：" + rosterUrl() + "\n\n联合接访系统\n"));
  }

  /**
   * 「roster-gap:2026-09-28:rsj,lawyer」; when the posts do not fit the column (many units, the
   * shifts of an all-day period), their number and a digest of them instead.
   */
  static String gapReference(LocalDate date, List<String> postCodes) {
    String reference = "roster-gap:" + date + ":" + String.join(",", postCodes);
    if (reference.length() <= MAX_REFERENCE) {
      return reference;
    }
    String digest = HexFormat.of().formatHex(Arrays.copyOf(DigestUtils.md5Digest(
        String.join(",", postCodes).getBytes(StandardCharsets.UTF_8)), 8));
    return "roster-gap:" + date + ":" + postCodes.size() + "-posts-" + digest;
  }

  /**
   * A task created with nobody on its post that duty day: it waits for the group to claim it.
   * Told once per task; the case number is in the body only, the subject names the post.
   */
  public void nobodyOnDuty(String taskId, String dayText, String postName, String taskName,
      String caseNumber) {
    String of = caseNumber == null || caseNumber.isBlank() ? "" : "（信访件" + caseNumber + "）";
    mail.sendOnce(new Mail(MailKind.NOBODY_ON_DUTY, "nobody-on-duty:" + taskId,
        properties.deputyDirectorEmail(),
        "【联合接访】" + postName + "今日无人值班，任务待认领",
        "专职副主任：\n\n" + dayText + postName + "没有安排值班人员，新任务「" + taskName + "」" + of
            + "未能分派到人，暂由该组人员认领。\n请安排值班人员，或督促该组及时认领。\n\n值班表："
            + rosterUrl() + "\n\n联合接访系统\n"));
  }

  /** The person on duty did not check in by the set time; once per person and day. */
  public void missedCheckIn(LocalDate date, String dayText, String postName, String userId,
      String name, String checkInBy) {
    mail.sendOnce(new Mail(MailKind.MISSED_CHECK_IN, "missed-check-in:" + date + ":" + userId,
        properties.deputyDirectorEmail(),
        "【联合接访】值班人员未签到：" + dayText + " " + postName + " " + name,
        "专职副主任：\n\n" + dayText + postName + "值班人员" + name + "（" + userId + "）截至"
            + checkInBy + "尚未签到。\n请联系本人或所在单位，必要时调整值班安排。\n\n值班表："
            + rosterUrl() + "\n\n联合接访系统\n"));
  }

  private String rosterUrl() {
    return properties.tasklistUrl().replaceFirst("/camunda/app/tasklist/?$", "/roster/");
  }
}
