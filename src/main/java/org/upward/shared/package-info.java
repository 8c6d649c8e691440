/**
 * The shared kernel every module may use: the clock, message texts, CSV helpers, paging records, the exceptions
 * services throw, and the database's counts of changes per program with which a computed value is kept until
 * its data change.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
package org.upward.shared;

import org.springframework.modulith.ApplicationModule;
