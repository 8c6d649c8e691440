package org.upward.people;

import java.time.LocalDate;

/**
 * Published inside the transaction in which a person's leave date arrives (typed on the people page, imported
 * from the people CSV, or {@code active: false} from the identity provider; a date in the future takes effect on
 * its day): they left the company on {@code leftOn}. Published once per departure.
 */
public record PersonLeft(long personId, String email, String name, LocalDate leftOn) {}
