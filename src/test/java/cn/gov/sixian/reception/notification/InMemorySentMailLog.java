package cn.gov.sixian.reception.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sent-mail log of plain-engine tests (no transactions: recorded once delivered). */
final class InMemorySentMailLog implements SentMailLog {

  private final Set<SentMail> sent = ConcurrentHashMap.newKeySet();

  @Override
  public boolean claim(SentMail mail) {
    return !sent.contains(mail);
  }

  @Override
  public void delivered(SentMail mail) {
    sent.add(mail);
  }
}
