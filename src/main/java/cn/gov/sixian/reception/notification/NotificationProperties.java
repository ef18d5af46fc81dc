package cn.gov.sixian.reception.notification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender and link of the e-mails to units. SMTP itself is configured with Spring's
 * {@code spring.mail.*}; without {@code spring.mail.host} messages are only logged.
 */
@ConfigurationProperties(prefix = "reception.notification")
public record NotificationProperties(String from, String tasklistUrl, String directorEmail,
    String deputyDirectorEmail, List<String> countyLeaderEmails) {

  public NotificationProperties {
    if (from == null || from.isBlank()) {
      from = "jfzx@sixian.gov.cn";
    }
    if (directorEmail == null || directorEmail.isBlank()) {
      directorEmail = "jfzx-zhuren@sixian.gov.cn";
    }
    if (deputyDirectorEmail == null || deputyDirectorEmail.isBlank()) {
      deputyDirectorEmail = "jfzx-fuzhuren@sixian.gov.cn";
    }
    // the county leaders told at once of a group visit or a repeat petition in an all-day period
    countyLeaderEmails = countyLeaderEmails == null ? List.of()
        : countyLeaderEmails.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    if (countyLeaderEmails.isEmpty()) {
      countyLeaderEmails = List.of("xian-lingdao@sixian.gov.cn");
    }
    if (tasklistUrl == null || tasklistUrl.isBlank()) {
      tasklistUrl = "http://localhost:8080/camunda/app/tasklist/";
    }
  }
}
