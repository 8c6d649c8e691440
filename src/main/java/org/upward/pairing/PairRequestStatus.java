package org.upward.pairing;

/** Where a mentee's request for a mentor stands; REQUESTED and ACCEPTED are live. */
public enum PairRequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CONFIRMED,
    WITHDRAWN
}
