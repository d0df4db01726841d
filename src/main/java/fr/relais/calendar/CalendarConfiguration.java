package fr.relais.calendar;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** France Services run on metropolitan French working days, in Paris time. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar() {
    return new WorkingCalendar(ZoneId.of("Europe/Paris"), new FrenchPublicHolidays());
  }
}
