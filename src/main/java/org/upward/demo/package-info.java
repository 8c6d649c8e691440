/** Demo data for the zero-setup run: a company, an enrolling program and a completed pilot, loaded only when upward.demo.enabled is set. */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "assessment",
            "enrollment",
            "followup",
            "pairing",
            "people",
            "program",
            "security",
            "sessions",
            "survey"
        })
package org.upward.demo;

import org.springframework.modulith.ApplicationModule;
