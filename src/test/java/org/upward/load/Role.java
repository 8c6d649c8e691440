package org.upward.load;

/** Who a load-test client acts as. */
enum Role {
    PARTICIPANT,
    ADMIN,
    EXECUTIVE,
    /** One extra client, beside the others, asking for the health endpoint: the floor of the same run. */
    PROBE
}
