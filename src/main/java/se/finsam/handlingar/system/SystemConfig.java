package se.finsam.handlingar.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SystemConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
