package vn.daihoi.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone; tests may replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId VIETNAM = Dates.ZONE;

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
