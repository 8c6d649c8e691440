/** The in-app inbox and notification mail: other modules publish a notice request and this module delivers it. */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"people", "security", "shared", "timezone"})
package org.upward.notification;

import org.springframework.modulith.ApplicationModule;
