/**
 * Programs: objectives and their measures, sponsor, matching and assessment settings, the lifecycle from draft to
 * archive, and copying a program into its next cohort.
 */
@ApplicationModule(
        displayName = "Programs",
        allowedDependencies = {"people", "security", "shared"})
package org.upward.program;

import org.springframework.modulith.ApplicationModule;
