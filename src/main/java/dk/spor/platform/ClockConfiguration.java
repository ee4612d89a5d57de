package dk.spor.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; tests replace it to set the time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Danish authorities count deadlines in Danish local time. */
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
