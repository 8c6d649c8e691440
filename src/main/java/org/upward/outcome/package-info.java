/** Business outcomes of a program (new ideas, initiatives, efficiency gains, costs avoided) that admins record for the ROI figures. */
@ApplicationModule(
        displayName = "Business outcomes",
        allowedDependencies = {"pairing", "people", "program", "security", "shared"})
package org.upward.outcome;

import org.springframework.modulith.ApplicationModule;
