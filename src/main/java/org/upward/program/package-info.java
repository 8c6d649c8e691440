/**
 * Programs: objectives and their measures, sponsor, matching and assessment settings, the lifecycle from draft to
 * archive, copying a program into its next cohort, and program templates (saved from a program, or the standard one
 * that ships) to start new programs from.
 */
@ApplicationModule(
        displayName = "Programs",
        allowedDependencies = {"people", "security", "shared"})
package org.upward.program;

import org.springframework.modulith.ApplicationModule;
