package org.upward.load;

/**
 * One kind of request of the mix, with the share it has among its role's requests. Participants use the API
 * with a Bearer token; admins browse pages with the session of a form login; executives read the dashboard as a
 * page (session) and through the API (token). {@link Mix} draws them.
 */
enum Action {
    PARTICIPANT_HOME(Role.PARTICIPANT, 20, "participant GET  /participant"),
    PAIR_PAGE(Role.PARTICIPANT, 20, "participant GET  /participant/pairs/{id}[?page=N]"),
    NOTIFICATIONS(Role.PARTICIPANT, 10, "participant GET  /notifications[?page=N]"),
    READ_SESSIONS(Role.PARTICIPANT, 10, "participant GET  /api/v1/pairs/{id}/sessions"),
    LOG_SESSION(Role.PARTICIPANT, 25, "participant POST /api/v1/pairs/{id}/sessions"),
    CHECK_IN(Role.PARTICIPANT, 15, "participant POST /api/v1/pairs/{id}/check-ins"),
    STATUS_BOARD(Role.ADMIN, 25, "admin GET /admin/programs/{id}/status"),
    PEOPLE_DIRECTORY(Role.ADMIN, 25, "admin GET /admin/people?page=|q="),
    PROGRAM_PAGE(Role.ADMIN, 25, "admin GET /admin/programs/{id}"),
    PAIRING_REVIEW(Role.ADMIN, 25, "admin GET /admin/programs/{id}/pairing"),
    IMPACT_PAGE(Role.EXECUTIVE, 40, "executive GET /impact/programs/{id}"),
    IMPACT_API(Role.EXECUTIVE, 30, "executive GET /api/v1/programs/{id}/impact"),
    RESULTS_API(Role.EXECUTIVE, 30, "executive GET /api/v1/programs/{id}/results"),
    HEALTH(Role.PROBE, 1, "probe GET /actuator/health (the floor)");

    final Role role;
    final int weight;
    final String label;

    Action(Role role, int weight, String label) {
        this.role = role;
        this.weight = weight;
        this.label = label;
    }
}
