/**
 * Impact dashboards for executives: skill growth, engagement, retention, match quality and culture, as aggregates with
 * small groups suppressed, and their CSV export; the program's results, which its sponsor reads too; and what a
 * program's sponsor is told: that they sponsor it, and its results in words, monthly while it runs and once when it
 * is completed (as notices, through the notification module). The figures are computed once per change of what they
 * read, which the database counts per program (V48), and kept in memory until then.
 */
@ApplicationModule(
        displayName = "Impact dashboards",
        allowedDependencies = {"messaging", "notification", "program", "security", "shared", "survey", "wrapup"})
package org.upward.impact;

import org.springframework.modulith.ApplicationModule;
