package cn.gov.sixian.reception.calendar;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The limits of the plan as the application binds them when nothing is configured: their
 * {@code @DefaultValue}s, the one place each default is written. Plain-engine tests and tools use it
 * instead of repeating the numbers.
 */
public final class LimitDefaults {

  private LimitDefaults() {}

  public static <T> T of(String prefix, Class<T> type) {
    return new Binder(List.of()).bindOrCreate(prefix, Bindable.of(type));
  }
}
