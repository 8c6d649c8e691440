package org.upward.program.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.upward.program.ApprovedPairsCount;

@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    /** Used only while no other module provides an {@link ApprovedPairsCount} bean. */
    @Bean
    @Fallback
    ApprovedPairsCount noPairingYet() {
        return programId -> 0;
    }
}
