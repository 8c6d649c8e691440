/** Each role's home page and its "What next?" to-do list, gathered from the other modules' faces. */
@ApplicationModule(
        displayName = "Home pages",
        allowedDependencies = {
            "agreement",
            "assessment",
            "enrollment",
            "followup",
            "impact",
            "intake",
            "outcome",
            "pairing",
            "program",
            "security",
            "sessions",
            "survey",
            "wrapup"
        })
package org.upward.home;

import org.springframework.modulith.ApplicationModule;
