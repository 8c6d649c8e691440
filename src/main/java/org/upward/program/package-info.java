/** Programs: objectives, sponsor, matching and assessment settings, and the lifecycle from draft to archive. */
@ApplicationModule(
        displayName = "Programs",
        allowedDependencies = {"people", "security", "shared"})
package org.upward.program;

import org.springframework.modulith.ApplicationModule;
