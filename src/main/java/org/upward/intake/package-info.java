/**
 * Intake and applications: an admin opens a program for applications (dates, sides, questions, eligibility and
 * places per side, optional manager approval); people apply as mentor or mentee, and an accepted application
 * enrolls them with the profile they filled in.
 */
@ApplicationModule(
        displayName = "Intake and applications",
        allowedDependencies = {"enrollment", "messaging", "notification", "people", "program", "security", "shared"})
package org.upward.intake;

import org.springframework.modulith.ApplicationModule;
