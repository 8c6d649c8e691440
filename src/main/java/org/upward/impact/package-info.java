/** Impact dashboards for executives: skill growth, engagement, retention, match quality and culture, as aggregates with small groups suppressed, and their CSV export. */
@ApplicationModule(
        displayName = "Impact dashboards",
        allowedDependencies = {"program", "security", "shared", "survey"})
package org.upward.impact;

import org.springframework.modulith.ApplicationModule;
