/**
 * Intake and applications: an admin opens a program for applications (dates, sides, questions, eligibility and
 * places per side, optional manager approval); people apply as mentor or mentee, and an accepted application
 * enrolls them with the profile they filled in. Admins hear of each application once it waits for them, and accept
 * several at once. Its faces: the open programs for the home page ({@code OpenPrograms}), how many applications wait
 * for a decision ({@code ApplicationsAwaiting}), a program's intake ({@code ProgramIntakes}) and applying on a
 * person's behalf ({@code Applicants}) for the demo.
 */
@ApplicationModule(
        displayName = "Intake and applications",
        allowedDependencies = {"enrollment", "messaging", "notification", "people", "program", "security", "shared"})
package org.upward.intake;

import org.springframework.modulith.ApplicationModule;
