package org.upward.pairing.internal;

/** Where a mentee's request for a mentor stands; REQUESTED and ACCEPTED are live. */
enum PairRequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CONFIRMED,
    WITHDRAWN
}
