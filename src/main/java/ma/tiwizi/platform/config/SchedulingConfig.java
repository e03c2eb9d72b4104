package ma.tiwizi.platform.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic jobs modules declare with {@code @Scheduled} (e.g. the training reminders). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
