package dk.spor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spor: case management for the children and youth services of a Danish municipality. */
@SpringBootApplication
@EnableScheduling
public class SporApplication {

    public static void main(String[] args) {
        SpringApplication.run(SporApplication.class, args);
    }
}
