package org.upward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class UpwardApplication {

    public static void main(String[] args) {
        SpringApplication.run(UpwardApplication.class, args);
    }
}
