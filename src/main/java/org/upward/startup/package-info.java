/** Startup checks: required settings and the first administrator, refused at start with a message that names what to set. */
@ApplicationModule(
        displayName = "Startup checks",
        allowedDependencies = {})
package org.upward.startup;

import org.springframework.modulith.ApplicationModule;
