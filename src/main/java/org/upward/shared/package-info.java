/** The shared kernel every module may use: the clock, message texts, CSV helpers, paging records and the exceptions services throw. */
@ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
package org.upward.shared;

import org.springframework.modulith.ApplicationModule;
