package dev.ledgerbridge.spring.boot.it;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Boot application with nothing of its own: the starter and application.yml do everything. */
@SpringBootApplication
public class SyncApplication {
    public static void main(String[] args) {
        SpringApplication.run(SyncApplication.class, args);
    }
}
