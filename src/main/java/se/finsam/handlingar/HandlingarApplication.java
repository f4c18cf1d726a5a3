package se.finsam.handlingar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HandlingarApplication {

    public static void main(String[] args) {
        SpringApplication.run(HandlingarApplication.class, args);
    }
}
