/** The web layer's cross-cutting parts: error pages, the API's problem details and the database outage answer. */
@ApplicationModule(
        displayName = "Error pages",
        allowedDependencies = {"shared"})
package org.upward.web;

import org.springframework.modulith.ApplicationModule;
