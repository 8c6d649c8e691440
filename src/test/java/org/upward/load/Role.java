package org.upward.load;

/** Who a load-test client acts as. */
enum Role {
    PARTICIPANT,
    ADMIN,
    EXECUTIVE
}
