/**
 * Demo data for the zero-setup run: a company, an enrolling program, a completed pilot and two running programs
 * with pairs in each state of the journey, loaded only when upward.demo.enabled is set.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "agreement",
            "assessment",
            "enrollment",
            "followup",
            "intake",
            "pairing",
            "people",
            "program",
            "security",
            "sessions",
            "survey"
        })
package org.upward.demo;

import org.springframework.modulith.ApplicationModule;
