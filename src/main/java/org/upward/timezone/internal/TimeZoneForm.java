package org.upward.timezone.internal;

/** The time zone a person chose on the settings page; empty means the organisation's default. */
record TimeZoneForm(String timeZone) {

    TimeZoneForm {
        timeZone = timeZone == null ? "" : timeZone;
    }
}
