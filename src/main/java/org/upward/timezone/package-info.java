/**
 * Time zones: the zone each person wants moments shown in (the {@code account.time_zone} column, empty for the
 * organisation's default {@code upward.time-zone}), the page where they choose it, and {@link
 * org.upward.timezone.Moments}, the one formatter every page and mail uses for an instant. Calendar days
 * ({@code LocalDate}) are not moments and are shown as they are.
 */
@ApplicationModule(
        displayName = "Time zones",
        allowedDependencies = {"security", "shared", "startup"})
package org.upward.timezone;

import org.springframework.modulith.ApplicationModule;
