package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.security.AuthorizationMatrixTest.Who.ADMIN_USER;
import static org.upward.security.AuthorizationMatrixTest.Who.ANONYMOUS;
import static org.upward.security.AuthorizationMatrixTest.Who.EXECUTIVE_USER;
import static org.upward.security.AuthorizationMatrixTest.Who.OTHER;
import static org.upward.security.AuthorizationMatrixTest.Who.PARTNER;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * Who may call what, for every handler mapping of the application. The table below has one row per (method,
 * pattern); a mapping missing from it fails the test, so a new endpoint cannot slip in unclassified. Each row is
 * then called as each of five callers, with real ids from a fixture, and the outcome must match the table.
 *
 * <p>Callers: {@code ANONYMOUS}; {@code OTHER}, a signed-in participant who has nothing to do with the object in
 * the URL (partner of another pair, not enrolled in the program of the URL when the row is about a program's
 * members); {@code PARTNER}, a participant who is partner of the pair, member of the program or owner of the
 * object in the URL (their session, notification, token, the pair request sent to them); {@code EXECUTIVE_USER};
 * {@code ADMIN_USER}. Pages are called with a signed-in session cookie and a CSRF token, the API with Basic auth.
 *
 * <p>Allowed means the request got past authorization: anything but 401, 403, 405, a 5xx, or a redirect to the
 * login page (400, 409 and 422 are fine; 404 only where the row says so). Denied means 401 (API) or a redirect to
 * the login page (pages) for anonymous callers, 403 for signed-in ones, or 404 on an object-level row.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    enum Who {
        ANONYMOUS,
        OTHER,
        PARTNER,
        EXECUTIVE_USER,
        ADMIN_USER
    }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(OTHER, PARTNER, EXECUTIVE_USER, ADMIN_USER);
    /** Any signed-in participant (both OTHER and PARTNER), for what lists or changes a participant's own data. */
    private static final Set<Who> PARTICIPANT = EnumSet.of(OTHER, PARTNER);

    private static final Set<Who> PARTICIPANT_ADMIN = EnumSet.of(OTHER, PARTNER, ADMIN_USER);
    /** Object level: only the partner / member / owner. */
    private static final Set<Who> PARTNER_ONLY = EnumSet.of(PARTNER);

    private static final Set<Who> PARTNER_ADMIN = EnumSet.of(PARTNER, ADMIN_USER);
    private static final Set<Who> EXECUTIVES = EnumSet.of(EXECUTIVE_USER);
    private static final Set<Who> ADMINS = EnumSet.of(ADMIN_USER);
    private static final Set<Who> ADMINS_EXECUTIVES = EnumSet.of(ADMIN_USER, EXECUTIVE_USER);

    /**
     * The table. Path variables are filled from the fixture by name (see {@link Fixture#fill}); {@code ids(...)}
     * names the fixture entries for a row whose ids are not the default ones. P is the ADMIN_LED program with the
     * partner's pair A (partner and a mentee) and pair B (OTHER and a second mentee); C is a PARTICIPANT_CHOICE
     * program the partner is enrolled in and OTHER is not.
     */
    private static List<Row> table() {
        return List.of(
                // ---- anonymous pages and infrastructure
                row("GET /login", ANYONE),
                // reached only by forward from a refused single sign-on
                row("GET /login/sso-refused", NOBODY),
                row("ANY /error", ANYONE).rendersAnError().maybe404(),
                row("GET /invitations/{token}", ANYONE),
                row("POST /invitations/{token}", ANYONE),
                row("GET /v3/api-docs", ANYONE),
                // not opened: deny by default
                row("GET /v3/api-docs.yaml", NOBODY),
                row("GET /v3/api-docs/swagger-config", ANYONE),
                row("GET /swagger-ui.html", ANYONE),
                row("GET /actuator", ADMINS),
                row("GET /actuator/health", ANYONE),
                row("GET /actuator/health/**", ANYONE),
                row("GET /actuator/info", ANYONE),
                row("GET /actuator/metrics", ADMINS),
                row("GET /actuator/metrics/{requiredMetricName}", ADMINS),
                // ---- homes
                row("GET /", SIGNED_IN),
                row("GET /welcome", SIGNED_IN),
                row("GET /admin", ADMINS),
                row("GET /executive", EXECUTIVES),
                row("GET /participant", PARTICIPANT),
                // ---- notifications (the inbox is everyone's own)
                row("GET /notifications", SIGNED_IN),
                row("POST /notifications/{id}/open", PARTNER_ONLY),
                row("POST /notifications/read-all", SIGNED_IN),
                row("POST /notifications/settings", SIGNED_IN),
                row("POST /notifications/sponsor-summaries", SIGNED_IN),
                row("GET /api/v1/notifications", SIGNED_IN),
                row("GET /api/v1/notifications/unread-count", SIGNED_IN),
                row("POST /api/v1/notifications/{id}/read", PARTNER_ONLY),
                row("POST /api/v1/notifications/read-all", SIGNED_IN),
                row("GET /api/v1/me/notification-settings", SIGNED_IN),
                row("PUT /api/v1/me/notification-settings", SIGNED_IN).json("{\"email\": true}"),
                // ---- accounts, tokens, invitations
                row("GET /api/v1/me", SIGNED_IN),
                row("PUT /api/v1/me/password", SIGNED_IN).json("{}"),
                row("GET /account/password", SIGNED_IN),
                row("POST /account/password", SIGNED_IN),
                row("GET /account/time-zone", SIGNED_IN),
                row("POST /account/time-zone", SIGNED_IN),
                row("GET /api/v1/me/personal-data", SIGNED_IN),
                row("GET /account/personal-data", SIGNED_IN),
                row("GET /account/personal-data.zip", SIGNED_IN),
                row("GET /admin/audit", ADMINS),
                row("GET /api/v1/audit", ADMINS),
                // ---- retention: the policy is the admins'; the privacy notice everyone's (an empty PUT is a 422)
                row("GET /admin/retention", ADMINS),
                row("POST /admin/retention", ADMINS),
                row("GET /api/v1/retention-policy", ADMINS),
                row("PUT /api/v1/retention-policy", ADMINS).json("{}"),
                row("GET /privacy", SIGNED_IN),
                row("GET /admin/programs/{programId}/webhook", ADMINS),
                row("POST /admin/programs/{programId}/webhook", ADMINS),
                row("POST /admin/programs/{programId}/webhook/delete", ADMINS).maybe404(),
                row("POST /admin/programs/{programId}/webhook/test", ADMINS).maybe404(),
                row("GET /api/v1/programs/{programId}/webhook", ADMINS).maybe404(),
                row("PUT /api/v1/programs/{programId}/webhook", ADMINS).json("{}"),
                row("DELETE /api/v1/programs/{programId}/webhook", ADMINS).maybe404(),
                row("POST /api/v1/programs/{programId}/webhook/test", ADMINS).maybe404(),
                row("GET /api/v1/programs/{programId}/webhook/deliveries", ADMINS),
                row("GET /api/v1/tokens", SIGNED_IN),
                row("POST /api/v1/tokens", SIGNED_IN).json("{\"name\": \"matrix\"}"),
                row("DELETE /api/v1/tokens/{id}", PARTNER_ONLY),
                row("POST /api/v1/invitations/{token}", ANYONE),
                row("POST /api/v1/people/{email}/invitation", ADMINS),
                row("PUT /api/v1/people/{email}/roles", ADMINS),
                row("GET /admin/accounts", ADMINS),
                row("POST /admin/accounts/roles", ADMINS),
                row("POST /admin/accounts/invitations", ADMINS),
                row("GET /admin/sso", ADMINS),
                row("GET /admin/provisioning-tokens", ADMINS),
                row("POST /admin/provisioning-tokens", ADMINS).param("name", "matrix"),
                row("POST /admin/provisioning-tokens/{id}/revoke", ADMINS).maybe404(),
                row("GET /api/v1/provisioning-tokens", ADMINS),
                row("POST /api/v1/provisioning-tokens", ADMINS).json("{\"name\": \"matrix\"}"),
                row("DELETE /api/v1/provisioning-tokens/{id}", ADMINS).maybe404(),
                // ---- SCIM: a provisioning token only, which none of the callers has
                row("GET /scim/v2/Users", NOBODY),
                row("POST /scim/v2/Users", NOBODY).json("{}"),
                row("GET /scim/v2/Users/{id}", NOBODY),
                row("PUT /scim/v2/Users/{id}", NOBODY).json("{}"),
                row("PATCH /scim/v2/Users/{id}", NOBODY).json("{}"),
                row("DELETE /scim/v2/Users/{id}", NOBODY),
                row("GET /scim/v2/ServiceProviderConfig", NOBODY),
                row("GET /scim/v2/Schemas", NOBODY),
                row("GET /scim/v2/Schemas/{id}", NOBODY),
                row("GET /scim/v2/ResourceTypes", NOBODY),
                row("GET /scim/v2/ResourceTypes/{name}", NOBODY),
                row("POST /admin/sso/require", ADMINS),
                row("POST /admin/sso/break-glass", ADMINS),
                // ---- people directory and skills (individual records: admins only)
                row("GET /api/v1/people", ADMINS),
                row("POST /api/v1/people", ADMINS),
                row("GET /api/v1/people/{email}", ADMINS),
                row("PUT /api/v1/people/{email}", ADMINS),
                row("POST /api/v1/people/{email}/erasure", ADMINS).json("{}"),
                row("POST /api/v1/people/import", ADMINS),
                row("GET /api/v1/people/export", ADMINS),
                row("GET /api/v1/people/{email}/personal-data", ADMINS),
                row("GET /admin/people/{email}/personal-data.zip", ADMINS),
                row("GET /admin/people", ADMINS),
                row("GET /admin/people/new", ADMINS),
                row("POST /admin/people", ADMINS),
                row("GET /admin/people/{email}/edit", ADMINS),
                row("POST /admin/people/{email}", ADMINS),
                row("GET /admin/people/{email}/erasure", ADMINS),
                row("POST /admin/people/{email}/erasure", ADMINS),
                row("GET /admin/people/suggestions", ADMINS),
                row("GET /admin/people/export", ADMINS),
                row("GET /admin/people/import", ADMINS),
                row("POST /admin/people/import", ADMINS),
                row("POST /admin/people/import/confirm", ADMINS),
                row("GET /api/v1/skills", SIGNED_IN),
                row("POST /api/v1/skills", ADMINS),
                row("PUT /api/v1/skills/{id}", ADMINS),
                row("POST /api/v1/skills/{id}/merge", ADMINS),
                row("GET /admin/skills", ADMINS),
                row("POST /admin/skills", ADMINS),
                row("POST /admin/skills/{id}", ADMINS),
                row("POST /admin/skills/{id}/merge", ADMINS),
                // ---- programs
                row("GET /api/v1/programs", ADMINS_EXECUTIVES),
                row("POST /api/v1/programs", ADMINS),
                row("GET /api/v1/programs/{id}", ADMINS_EXECUTIVES),
                row("PUT /api/v1/programs/{id}", ADMINS),
                row("POST /api/v1/programs/{id}/transitions", ADMINS),
                row("POST /api/v1/programs/{id}/copies", ADMINS).json("{}"),
                row("PUT /api/v1/programs/{id}/objectives/{index}/verdict", ADMINS),
                row("GET /admin/programs", ADMINS),
                row("GET /admin/programs/new", ADMINS),
                row("POST /admin/programs", ADMINS),
                row("GET /admin/programs/{id}", ADMINS),
                row("GET /admin/programs/{id}/edit", ADMINS),
                row("POST /admin/programs/{id}", ADMINS),
                row("POST /admin/programs/{id}/transitions", ADMINS),
                row("GET /admin/programs/{id}/copy", ADMINS),
                row("POST /admin/programs/{id}/copies", ADMINS),
                // ---- program templates: admins only (TEMPLATE and TEMPLATE2 are P saved as templates; each is
                // deleted by the last row naming it)
                row("POST /api/v1/programs/{id}/templates", ADMINS).json("{}"),
                row("GET /api/v1/program-templates", ADMINS),
                row("GET /api/v1/program-templates/{id}", ADMINS),
                row("PUT /api/v1/program-templates/{id}", ADMINS).json("{}"),
                row("POST /api/v1/program-templates/{id}/programs", ADMINS).json("{}"),
                row("GET /admin/programs/{id}/template", ADMINS),
                row("POST /admin/programs/{id}/templates", ADMINS),
                row("GET /admin/program-templates", ADMINS),
                row("POST /admin/program-templates/{id}", ADMINS),
                row("GET /admin/program-templates/{id}/program", ADMINS),
                row("POST /admin/program-templates/{id}/programs", ADMINS),
                row("GET /admin/program-templates/{id}/delete", ADMINS),
                row("DELETE /api/v1/program-templates/{id}", ADMINS),
                row("POST /admin/program-templates/{id}/delete", ADMINS).ids("TEMPLATE2"),
                // ---- joining a program: anyone signed in applies (P is running, so 409); admins keep the intake and
                // decide; the applicant withdraws and the manager approves only their own (404 otherwise)
                row("GET /api/v1/programs/open", SIGNED_IN),
                row("GET /api/v1/me/applications", SIGNED_IN),
                row("GET /api/v1/programs/{id}/intake", ADMINS).maybe404(),
                row("PUT /api/v1/programs/{id}/intake", ADMINS).json("{}"),
                row("POST /api/v1/programs/{id}/applications", SIGNED_IN).json("{}"),
                row("GET /api/v1/programs/{id}/applications", ADMINS),
                row("POST /api/v1/programs/{id}/applications/acceptances", ADMINS)
                        .json("{\"ids\": []}"),
                row("POST /api/v1/applications/{id}/accept", ADMINS).ids("P").maybe404(),
                row("POST /api/v1/applications/{id}/decline", ADMINS).ids("P").maybe404(),
                row("POST /api/v1/applications/{id}/waitlist", ADMINS).ids("P").maybe404(),
                row("POST /api/v1/applications/{id}/withdrawal", SIGNED_IN)
                        .ids("P")
                        .maybe404(),
                row("POST /api/v1/applications/{id}/manager-approval", SIGNED_IN)
                        .ids("P")
                        .json("{}")
                        .maybe404(),
                row("GET /admin/programs/{id}/intake", ADMINS),
                row("POST /admin/programs/{id}/intake", ADMINS),
                row("POST /admin/programs/{id}/applications/accept", ADMINS),
                row("POST /admin/programs/{id}/applications/{applicationId}/accept", ADMINS)
                        .ids("P", "P")
                        .maybe404(),
                row("POST /admin/programs/{id}/applications/{applicationId}/decline", ADMINS)
                        .ids("P", "P")
                        .maybe404(),
                row("POST /admin/programs/{id}/applications/{applicationId}/waitlist", ADMINS)
                        .ids("P", "P")
                        .maybe404(),
                row("GET /programs/{id}/apply", SIGNED_IN).ids("P").maybe404(),
                row("POST /programs/{id}/apply", SIGNED_IN).ids("P"),
                row("POST /programs/{id}/apply/withdrawal", SIGNED_IN).ids("P").maybe404(),
                row("GET /applications/{id}/manager-approval", SIGNED_IN)
                        .ids("P")
                        .maybe404(),
                row("POST /applications/{id}/manager-approval", SIGNED_IN)
                        .ids("P")
                        .maybe404(),
                row("POST /admin/programs/{id}/objectives/{index}/verdict", ADMINS),
                // ---- enrollments
                row("GET /api/v1/programs/{programId}/enrollments", ADMINS),
                row("POST /api/v1/programs/{programId}/enrollments", ADMINS),
                row("POST /api/v1/programs/{programId}/enrollments/import", ADMINS),
                row("GET /api/v1/programs/{programId}/enrollments/template.csv", ADMINS),
                row("GET /admin/programs/{programId}/enrollments/template.csv", ADMINS),
                row("POST /admin/programs/{programId}/enrollments/import/confirm", ADMINS)
                        .param("id", "matrix"),
                row("GET /admin/programs/{programId}/enrollments", ADMINS),
                row("POST /admin/programs/{programId}/enrollments", ADMINS),
                row("POST /admin/programs/{programId}/enrollments/import", ADMINS)
                        .multipart(),
                row("POST /admin/programs/{programId}/enrollments/{enrollmentId}/withdraw", ADMINS),
                row("POST /admin/programs/{programId}/enrollments/{enrollmentId}/reinstate", ADMINS),
                row("POST /admin/programs/{programId}/enrollments/invitations", ADMINS),
                row("GET /participant/enrollments/{id}", PARTNER_ONLY),
                row("POST /participant/enrollments/{id}", PARTNER_ONLY).param("version", "0"),
                // ---- pairing (admin) and pairs
                row("POST /api/v1/programs/{id}/pairing-runs", ADMINS).ids("S"),
                row("GET /api/v1/programs/{id}/pairs", PARTNER_ADMIN).ids("C"),
                row("GET /api/v1/programs/{id}/pairing/candidates", ADMINS),
                row("POST /api/v1/programs/{id}/pairs", ADMINS),
                row("POST /api/v1/pairs/{id}/approve", ADMINS).ids("B"),
                row("POST /api/v1/pairs/{id}/reject", ADMINS).ids("B"),
                row("POST /api/v1/pairs/{id}/activate", ADMINS).ids("B"),
                row("POST /api/v1/pairs/{id}/flag", PARTNER_ADMIN).json("{\"note\": \"matrix\"}"),
                // the fit check: a partner only (the service refuses anyone else, admins included)
                row("POST /api/v1/pairs/{id}/fit-check", PARTNER_ONLY).json("{\"answer\": \"NOT_SURE\"}"),
                // a pair's agreement: the pair reads and writes, admins read; executives never
                row("GET /api/v1/pairs/{id}/agreement", PARTNER_ADMIN),
                row("PUT /api/v1/pairs/{id}/agreement", PARTNER_ONLY).json("{}"),
                row("POST /api/v1/pairs/{id}/agreement/confirm", PARTNER_ONLY),
                // a pair's follow-ups: the pair reads and changes, admins read; executives never
                row("GET /api/v1/pairs/{id}/follow-ups", PARTNER_ADMIN),
                row("POST /api/v1/pairs/{id}/follow-ups", PARTNER_ONLY)
                        .json("{\"text\": \"matrix\", \"owner\": \"%s\"}"),
                row("PATCH /api/v1/follow-ups/{id}", PARTNER_ONLY).json("{}"),
                row("POST /participant/follow-ups/{id}/done", PARTNER_ONLY),
                // a pair's wrap-up: each partner their own, admins whether they answered; executives the aggregate
                row("GET /api/v1/pairs/{id}/wrap-up", PARTNER_ADMIN),
                row("PUT /api/v1/pairs/{id}/wrap-up", PARTNER_ONLY).json("{}"),
                row("GET /api/v1/programs/{id}/wrap-ups/summary", ADMINS_EXECUTIVES),
                row("GET /participant/pairs/{id}/wrap-up", PARTNER_ONLY),
                row("POST /participant/pairs/{id}/wrap-up", PARTNER_ONLY),
                row("POST /api/v1/pairs/{id}/swap", ADMINS).ids("B"),
                row("GET /admin/programs/{programId}/pairing", ADMINS),
                row("POST /admin/programs/{programId}/pairing/runs", ADMINS).ids("S"),
                row("POST /admin/programs/{programId}/pairing/preview", ADMINS),
                row("POST /admin/programs/{programId}/pairing/manual", ADMINS),
                row("GET /admin/programs/{programId}/pairing/candidates", ADMINS),
                row("POST /admin/programs/{programId}/pairing/pairs/approve-all", ADMINS),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/approve", ADMINS)
                        .ids("P", "B"),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/reject", ADMINS)
                        .ids("P", "B"),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/activate", ADMINS)
                        .ids("P", "B"),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/flag", ADMINS)
                        .ids("P", "B"),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/resolve-flag", ADMINS)
                        .ids("P", "B"),
                row("POST /admin/programs/{programId}/pairing/pairs/{pairId}/swap", ADMINS)
                        .ids("P", "B"),
                row("POST /participant/pairs/{id}/flag", PARTNER_ONLY).param("note", "matrix"),
                row("POST /participant/pairs/{id}/fit-check", PARTNER_ONLY).param("answer", "NOT_SURE"),
                row("POST /participant/pairs/{id}/agreement", PARTNER_ONLY).param("text", ""),
                row("POST /participant/pairs/{id}/agreement/confirm", PARTNER_ONLY),
                row("GET /admin/programs/{programId}/agreement-template", ADMINS),
                row("GET /admin/programs/{programId}/agreements", ADMINS),
                row("POST /admin/programs/{programId}/agreement-template", ADMINS)
                        .param("text", "matrix"),
                row("POST /admin/programs/{programId}/agreement-template/reset", ADMINS),
                // message templates: admins only, on pages and in the API
                row("GET /api/v1/programs/{id}/message-templates", ADMINS),
                row("GET /api/v1/programs/{id}/message-templates/{kind}", ADMINS),
                row("PUT /api/v1/programs/{id}/message-templates/{kind}", ADMINS)
                        .json("{}"),
                row("DELETE /api/v1/programs/{id}/message-templates/{kind}", ADMINS),
                row("POST /api/v1/programs/{id}/message-templates/{kind}/preview", ADMINS)
                        .json("{}"),
                row("GET /admin/programs/{programId}/messages", ADMINS),
                row("GET /admin/programs/{programId}/messages/{kind}", ADMINS),
                row("POST /admin/programs/{programId}/messages/{kind}", ADMINS).param("subject", ""),
                row("POST /admin/programs/{programId}/messages/{kind}/preview", ADMINS),
                row("POST /admin/programs/{programId}/messages/{kind}/reset", ADMINS),
                // conversation guides: admins keep a program's topics; the partners of its pairs read them (OTHER
                // is a partner of pair B in P); executives never
                row("GET /api/v1/programs/{id}/topics", PARTICIPANT_ADMIN),
                row("POST /api/v1/programs/{id}/topics", ADMINS).json("{}"),
                row("PUT /api/v1/topics/{id}", ADMINS).json("{}"),
                row("POST /api/v1/topics/{id}/retire", ADMINS),
                row("POST /api/v1/topics/{id}/restore", ADMINS),
                row("GET /api/v1/pairs/{id}/topic-suggestions", PARTNER_ADMIN),
                row("GET /admin/programs/{programId}/topics", ADMINS),
                row("POST /admin/programs/{programId}/topics", ADMINS),
                row("GET /admin/programs/{programId}/topics/{topicId}", ADMINS),
                row("POST /admin/programs/{programId}/topics/{topicId}", ADMINS),
                row("POST /admin/programs/{programId}/topics/{topicId}/retire", ADMINS),
                row("POST /admin/programs/{programId}/topics/{topicId}/restore", ADMINS),
                // ---- participant choice (program C: mentees ask, the partner is asked (R1, R2), the admin confirms)
                row("GET /api/v1/programs/{id}/pairing/options", PARTNER_ONLY)
                        .ids("C")
                        .menteeIsPartner(),
                row("GET /api/v1/programs/{id}/pair-requests", PARTNER_ADMIN).ids("C"),
                row("POST /api/v1/programs/{id}/pair-requests", PARTNER_ONLY)
                        .ids("C")
                        .json("{\"mentorEmail\": \"%s\"}")
                        .menteeIsPartner(),
                row("POST /api/v1/pair-requests/{id}/accept", PARTNER_ONLY).ids("R1"),
                row("POST /api/v1/pair-requests/{id}/decline", PARTNER_ONLY).ids("R1"),
                row("POST /api/v1/pair-requests/{id}/confirm", ADMINS).ids("R1"),
                row("GET /participant/programs/{id}/choice", PARTNER_ONLY).ids("C"),
                row("POST /participant/programs/{id}/choice/requests", PARTNER_ONLY)
                        .ids("C")
                        .param("mentorEmail", "%s")
                        .menteeIsPartner(),
                row("POST /participant/programs/{id}/choice/requests/{requestId}/{answer}", PARTNER_ONLY)
                        .ids("C", "R2"),
                row("POST /admin/programs/{programId}/pairing/requests/{requestId}/confirm", ADMINS)
                        .ids("C", "R2"),
                // ---- sessions, feedback, check-ins, planned meetings of pair A
                row("GET /participant/pairs/{pairId}", PARTNER_ONLY),
                row("POST /participant/pairs/{pairId}/sessions", PARTNER_ONLY).sessionParams(),
                row("GET /participant/sessions/{id}/edit", PARTNER_ONLY),
                row("POST /participant/sessions/{id}", PARTNER_ONLY).sessionParams(),
                row("POST /participant/sessions/{id}/feedback", PARTNER_ONLY).param("rating", "4"),
                row("POST /participant/pairs/{pairId}/check-ins", PARTNER_ONLY).param("rating", "4"),
                row("POST /participant/pairs/{pairId}/planned", PARTNER_ONLY).plannedParams(),
                row("POST /participant/pairs/{pairId}/planned/{plannedId}/cancel", PARTNER_ONLY)
                        .ids("A", "PLAN2"),
                row("GET /pairs/{pairId}/planned/{plannedId}.ics", PARTNER_ADMIN),
                row("GET /api/v1/pairs/{id}/sessions", PARTNER_ADMIN),
                row("POST /api/v1/pairs/{id}/sessions", PARTNER_ADMIN).json(SESSION_JSON),
                row("GET /api/v1/sessions/{id}", PARTNER_ADMIN),
                row("PUT /api/v1/sessions/{id}", PARTNER_ADMIN).json(SESSION_EDIT_JSON),
                row("POST /api/v1/sessions/{id}/feedback", PARTNER_ONLY).json("{\"rating\": 4}"),
                row("GET /api/v1/sessions/{id}/feedback/mine", PARTNER_ONLY).maybe404(),
                row("POST /api/v1/pairs/{id}/check-ins", PARTNER_ONLY).json("{\"rating\": 4}"),
                row("GET /api/v1/pairs/{id}/planned-sessions", PARTNER_ADMIN),
                row("POST /api/v1/pairs/{id}/planned-sessions", PARTNER_ONLY).json(PLANNED_JSON),
                row("GET /api/v1/pairs/{id}/planned-sessions/{pid}", PARTNER_ADMIN),
                row("GET /api/v1/pairs/{id}/planned-sessions/{pid}.ics", PARTNER_ADMIN),
                row("DELETE /api/v1/pairs/{id}/planned-sessions/{pid}", PARTNER_ONLY)
                        .ids("A", "PLAN3"),
                row("GET /admin/programs/{id}/status", ADMINS),
                row("POST /admin/programs/{id}/lunch-and-learn", ADMINS),
                row("POST /api/v1/programs/{id}/lunch-and-learn", ADMINS),
                row("GET /api/v1/programs/{id}/status-board", ADMINS),
                row("POST /api/v1/pairs/{id}/keep", ADMINS),
                row("POST /admin/programs/{id}/status/pairs/{pairId}/keep", ADMINS),
                // ---- assessments (answers: the members of program C)
                row("GET /api/v1/programs/{id}/assessment-windows", ADMINS),
                row("POST /api/v1/programs/{id}/assessment-windows", ADMINS),
                row("PUT /api/v1/programs/{id}/assessment-windows/{phase}", ADMINS),
                row("POST /api/v1/programs/{id}/assessment-windows/{phase}/reminders", ADMINS),
                row("GET /api/v1/programs/{id}/assessments", ADMINS),
                row("POST /api/v1/programs/{id}/assessments", PARTNER_ONLY)
                        .ids("C")
                        .json(ANSWER_JSON),
                row("GET /api/v1/programs/{id}/assessments/mine", PARTNER_ONLY).ids("C"),
                row("GET /participant/programs/{id}/assessments/{phase}", PARTNER_ONLY)
                        .ids("C"),
                row("POST /participant/programs/{id}/assessments/{phase}", PARTNER_ONLY)
                        .ids("C")
                        .answerParams(),
                row("GET /admin/programs/{id}/assessments", ADMINS),
                row("POST /admin/programs/{id}/assessments/windows", ADMINS),
                row("POST /admin/programs/{id}/assessments/windows/{phase}", ADMINS),
                row("POST /admin/programs/{id}/assessments/windows/{phase}/close", ADMINS),
                row("POST /admin/programs/{id}/assessments/windows/{phase}/reminders", ADMINS),
                // ---- surveys (answers: whoever the wave invites, here the members of program C)
                row("GET /api/v1/programs/{programId}/survey-waves", ADMINS),
                row("POST /api/v1/programs/{programId}/survey-waves", ADMINS),
                row("PUT /api/v1/programs/{programId}/survey-waves/{waveId}", ADMINS),
                row("POST /api/v1/programs/{programId}/survey-waves/standard", ADMINS),
                row("POST /api/v1/programs/{programId}/survey-waves/{waveId}/reminders", ADMINS),
                row("GET /api/v1/programs/{programId}/survey-items", ADMINS),
                row("POST /api/v1/programs/{programId}/survey-items", ADMINS),
                row("GET /api/v1/programs/{programId}/surveys/results", ADMINS),
                row("GET /api/v1/programs/{programId}/surveys/responses.csv", ADMINS),
                row("POST /api/v1/programs/{programId}/surveys/{wave}/responses", PARTNER_ONLY)
                        .ids("C", "WAVE")
                        .json(SURVEY_JSON),
                row("GET /api/v1/surveys/open", SIGNED_IN),
                row("GET /surveys/{programId}/{wave}", PARTNER_ONLY).ids("C", "WAVE"),
                row("POST /surveys/{programId}/{wave}", PARTNER_ONLY)
                        .ids("C", "WAVE")
                        .surveyParams(),
                row("GET /admin/programs/{programId}/surveys", ADMINS),
                row("POST /admin/programs/{programId}/surveys/standard-waves", ADMINS),
                row("POST /admin/programs/{programId}/surveys/waves", ADMINS),
                row("POST /admin/programs/{programId}/surveys/waves/{waveId}", ADMINS),
                row("POST /admin/programs/{programId}/surveys/waves/{waveId}/comparison-group", ADMINS),
                row("POST /admin/programs/{programId}/surveys/waves/{waveId}/reminders", ADMINS),
                row("POST /admin/programs/{programId}/surveys/items", ADMINS),
                row("GET /admin/programs/{programId}/surveys/responses.csv", ADMINS),
                // ---- impact (aggregates only: admins and executives, never participants)
                row("GET /impact/programs/{programId}", ADMINS_EXECUTIVES),
                row("GET /impact/programs/{programId}/{table}.csv", ADMINS_EXECUTIVES),
                row("GET /impact/programs/{programId}/results.pdf", ADMINS_EXECUTIVES),
                row("GET /api/v1/programs/{programId}/impact", ADMINS_EXECUTIVES),
                row("GET /api/v1/programs/{programId}/results", ADMINS_EXECUTIVES),
                row("GET /api/v1/programs/{programId}/results.pdf", ADMINS_EXECUTIVES),
                row("GET /api/v1/programs/{programId}/impact/{table}.csv", ADMINS_EXECUTIVES),
                // ---- business outcomes
                row("GET /api/v1/programs/{programId}/outcomes", ADMINS),
                row("POST /api/v1/programs/{programId}/outcomes", ADMINS),
                row("DELETE /api/v1/programs/{programId}/outcomes/{outcomeId}", ADMINS)
                        .ids("P", "OUTCOME2"),
                row("GET /admin/programs/{programId}/outcomes", ADMINS),
                row("POST /admin/programs/{programId}/outcomes", ADMINS),
                row("POST /admin/programs/{programId}/outcomes/{outcomeId}/delete", ADMINS));
    }

    private static final String SESSION_JSON = "{\"date\": \"2025-02-10\", \"durationMinutes\": 30, \"format\":"
            + " \"VIDEO\", \"skillsCovered\": [\"AI assistants\"], \"notes\": \"matrix\", \"actionItems\": \"\"}";
    private static final String SESSION_EDIT_JSON = "{\"date\": \"2025-02-10\", \"durationMinutes\": 30, \"format\":"
            + " \"VIDEO\", \"skillsCovered\": [], \"notes\": \"matrix edit\", \"actionItems\": \"\", \"version\": 0}";
    private static final String PLANNED_JSON = "{\"date\": \"%NEXT_WEEK%\", \"startTime\": \"10:00\", \"timeZone\":"
            + " \"UTC\", \"durationMinutes\": 45, \"format\": \"VIDEO\", \"agenda\": \"matrix\"}";
    private static final String ANSWER_JSON =
            "{\"phase\": \"PRE\", \"ratings\": [{\"skill\": \"AI assistants\", \"level\": 2}]}";
    private static final String SURVEY_JSON = "{\"collaboration\": 4, \"satisfaction\": 4,"
            + " \"intergenerationalCommunication\": 3, \"recommend\": 8, \"comments\": null}";

    @Autowired
    private ApplicationContext context;

    @Test
    void everyHandlerMappingIsInTheTableAndAnswersEachCallerAsTheTableSays() throws Exception {
        List<Row> table = table();
        Set<String> mapped = handlerMappings();
        Set<String> listed = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Row row : table) {
            if (!listed.add(row.key())) {
                duplicates.add(row.key());
            }
        }
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(mapped);
        assertThat(duplicates).as("rows listed twice").isEmpty();
        assertThat(missing)
                .as("handler mappings missing from the authorization table in AuthorizationMatrixTest;"
                        + " add a row saying who may call each of them:\n"
                        + missing.stream().map(key -> "    " + key).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(stale)
                .as("rows in the authorization table with no handler mapping (removed or renamed endpoints)")
                .isEmpty();

        Fixture fixture = new Fixture();
        fixture.build();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int executiveDenied = 0;
        int participantDenied = 0;
        for (Row row : table) {
            // the denied callers first, so an allowed call that changes the object cannot hide a hole
            List<Who> order = new ArrayList<>();
            EnumSet.complementOf(EnumSet.copyOf(row.allowed)).forEach(order::add);
            order.addAll(row.allowed);
            for (Who who : order) {
                calls++;
                String outcome = fixture.call(row, who);
                if (outcome != null) {
                    wrong.add(row.key() + " as " + who + " (" + (row.allowed.contains(who) ? "allowed" : "denied")
                            + "): " + outcome);
                }
            }
            if (!row.allowed.contains(EXECUTIVE_USER)) {
                executiveDenied++;
            }
            if (!row.allowed.contains(OTHER)) {
                participantDenied++;
            }
        }
        System.out.printf(
                "Authorization matrix: %d handler mappings x %d callers = %d calls checked; executives denied on"
                        + " %d mappings, participants (not partner/owner) on %d%n",
                table.size(), Who.values().length, calls, executiveDenied, participantDenied);
        assertThat(wrong).as("calls whose outcome does not match the table").isEmpty();
    }

    /** Every (method, pattern) of every request-mapping handler mapping: controllers, error page, actuator. */
    private Set<String> handlerMappings() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String plain = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                    if (methods.isEmpty()) {
                        keys.add("ANY " + plain);
                    } else {
                        methods.forEach(method -> keys.add(method.name() + " " + plain));
                    }
                }
            }
        }
        return keys;
    }

    private static Row row(String key, Set<Who> allowed) {
        return new Row(key, allowed);
    }

    /** One line of the table and what to send. */
    static final class Row {
        final String method;
        final String pattern;
        final Set<Who> allowed;
        List<String> ids = List.of();
        String json;
        final Map<String, String> params = new LinkedHashMap<>();
        boolean may404;
        boolean errorPage;
        boolean multipart;
        boolean menteeIsPartner;

        Row(String key, Set<Who> allowed) {
            int space = key.indexOf(' ');
            this.method = key.substring(0, space);
            this.pattern = key.substring(space + 1);
            this.allowed = allowed;
        }

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/actuator") || scim();
        }

        /** SCIM answers 401 to any caller without a provisioning token, signed in or not. */
        boolean scim() {
            return pattern.startsWith("/scim/");
        }

        /** An object-level row: signed-in callers who pass the role check may be refused with 404. */
        boolean objectLevel() {
            return allowed.contains(PARTNER) && !allowed.contains(OTHER);
        }

        Row ids(String... keys) {
            this.ids = List.of(keys);
            return this;
        }

        Row json(String body) {
            this.json = body;
            return this;
        }

        Row param(String name, String value) {
            params.put(name, value);
            return this;
        }

        /** 404 counts as getting through (an object the caller may see but that does not exist for them). */
        Row maybe404() {
            this.may404 = true;
            return this;
        }

        /** The error page itself: it renders whatever error status it is given (404 when called directly). */
        Row rendersAnError() {
            this.errorPage = true;
            return this;
        }

        /** Sent as multipart/form-data with an empty CSV file named "file". */
        Row multipart() {
            this.multipart = true;
            return this;
        }

        /** For what only a mentee does (choose a mentor): PARTNER is the pair's mentee, a mentee of program C. */
        Row menteeIsPartner() {
            this.menteeIsPartner = true;
            return this;
        }

        Row sessionParams() {
            return param("date", "2025-02-11")
                    .param("durationMinutes", "30")
                    .param("format", "VIDEO")
                    .param("notes", "matrix")
                    .param("version", "0");
        }

        Row plannedParams() {
            return param("date", "%NEXT_WEEK%")
                    .param("startTime", "12:30")
                    .param("timeZone", "UTC")
                    .param("durationMinutes", "40")
                    .param("format", "IN_PERSON")
                    .param("place", "Canteen");
        }

        Row answerParams() {
            return param("skill-0", "AI assistants").param("level-0", "3");
        }

        Row surveyParams() {
            return param("collaboration", "4")
                    .param("satisfaction", "4")
                    .param("intergenerationalCommunication", "3")
                    .param("recommend", "8");
        }
    }

    /** The data the calls need, built through the API, and the five callers' credentials. */
    private final class Fixture {

        private final Map<String, String> ids = new LinkedHashMap<>();
        private final Map<Who, String> emails = new EnumMap<>(Who.class);
        private final Map<Who, String> passwords = new EnumMap<>(Who.class);
        private final Map<Who, Cookie> sessions = new EnumMap<>(Who.class);
        private final String nextWeek =
                LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString();
        private ActivePair p;
        private Cookie menteeSession;

        void build() throws Exception {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            p = ActivePair.twoPairs(mvc, "2025-01-06", 2);
            p.pairedOn(jdbc, "2025-01-06");
            emails.put(PARTNER, p.mentor);
            passwords.put(PARTNER, ActivePair.PASSWORD);
            emails.put(OTHER, p.outsider);
            passwords.put(OTHER, ActivePair.PASSWORD);
            emails.put(EXECUTIVE_USER, EXECUTIVE);
            passwords.put(EXECUTIVE_USER, DEMO_PASSWORD);
            emails.put(ADMIN_USER, ADMIN);
            passwords.put(ADMIN_USER, DEMO_PASSWORD);
            ids.put("P", String.valueOf(p.programId));
            for (String template : List.of("TEMPLATE", "TEMPLATE2")) {
                ids.put(
                        template,
                        String.valueOf(ActivePair.id(p.admin(post("/api/v1/programs/" + p.programId + "/templates")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"name\": \"Matrix " + template + " " + p.run + "\"}"))
                                .andExpect(status().isCreated()))));
            }
            ids.put("A", String.valueOf(p.pairId));
            ids.put("B", String.valueOf(p.secondPairId));
            ids.put("EMAIL", p.secondMentee);
            ids.put("PHASE", "PRE");
            ids.put("WAVE", "BASELINE");
            ids.put("KIND", "APPLICATION_ACCEPTED");
            ids.put("TABLE", "participation");
            ids.put("INDEX", "0");
            ids.put("ANSWER", "accept");
            ids.put("GROUP", "default");
            ids.put("METRIC", "jvm.memory.used");
            ids.put(
                    "TOPIC",
                    jdbc.queryForObject(
                                    "select min(id) from conversation_topic where program_id = ?",
                                    Long.class,
                                    p.programId)
                            .toString());

            long session = ActivePair.id(p.as(
                            p.mentor,
                            post("/api/v1/pairs/" + p.pairId + "/sessions")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(SESSION_JSON))
                    .andExpect(status().isCreated()));
            ids.put("SESSION", String.valueOf(session));
            ids.put(
                    "FOLLOW_UP",
                    String.valueOf(ActivePair.id(p.as(
                                    p.mentor,
                                    post("/api/v1/pairs/" + p.pairId + "/follow-ups")
                                            .contentType(MediaType.APPLICATION_JSON)
                                            .content("{\"text\": \"matrix\", \"owner\": \"" + p.mentee + "\"}"))
                            .andExpect(status().isCreated()))));
            for (String plan : List.of("PLAN1", "PLAN2", "PLAN3")) {
                ids.put(
                        plan,
                        String.valueOf(ActivePair.id(p.as(
                                        p.mentee,
                                        post("/api/v1/pairs/" + p.pairId + "/planned-sessions")
                                                .contentType(MediaType.APPLICATION_JSON)
                                                .content(PLANNED_JSON.replace("%NEXT_WEEK%", nextWeek)))
                                .andExpect(status().isCreated()))));
            }
            ids.put(
                    "ENROLLMENT_OF_PARTNER",
                    jdbc.queryForObject(
                                    "select e.id from enrollment e join person p on p.id = e.person_id"
                                            + " where p.email = ? and e.program_id = ?",
                                    Long.class,
                                    p.mentor,
                                    p.programId)
                            .toString());
            ids.put(
                    "ENROLLMENT",
                    jdbc.queryForObject(
                                    "select e.id from enrollment e join person p on p.id = e.person_id"
                                            + " where p.email = ? and e.program_id = ?",
                                    Long.class,
                                    p.secondMentee,
                                    p.programId)
                            .toString());
            ids.put(
                    "NOTIFICATION",
                    jdbc.queryForObject(
                                    "select min(n.id) from notification n join person p on p.id = n.person_id where p.email = ?",
                                    Long.class,
                                    p.mentor)
                            .toString());
            p.as(
                            p.mentor,
                            post("/api/v1/tokens")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\": \"partner's token\"}"))
                    .andExpect(status().isCreated());
            ids.put(
                    "TOKEN",
                    jdbc.queryForObject(
                                    "select max(t.id) from api_token t join account a on a.id = t.account_id"
                                            + " join person p on p.id = a.person_id where p.email = ?",
                                    Long.class,
                                    p.mentor)
                            .toString());
            ids.put(
                    "PROVISIONING_TOKEN",
                    String.valueOf(ActivePair.id(p.admin(post("/api/v1/provisioning-tokens")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\": \"matrix IdP\"}"))
                            .andExpect(status().isCreated()))));
            ids.put(
                    "SCIM_USER",
                    jdbc.queryForObject("select id from person where email = ?", Long.class, p.mentor)
                            .toString());
            ids.put("SCIM_SCHEMA", "urn:ietf:params:scim:schemas:core:2.0:User");
            ids.put("SCIM_TYPE", "User");
            p.admin(post("/api/v1/skills")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"Matrix skill " + p.run + "\", \"category\": \"DATA_AND_AI\"}"))
                    .andExpect(status().isCreated());
            ids.put(
                    "SKILL",
                    jdbc.queryForObject("select id from skill where name = ?", Long.class, "Matrix skill " + p.run)
                            .toString());
            for (String outcome : List.of("OUTCOME1", "OUTCOME2")) {
                ids.put(
                        outcome,
                        String.valueOf(ActivePair.id(p.admin(post("/api/v1/programs/" + p.programId + "/outcomes")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"type\": \"NEW_IDEA\", \"description\": \"matrix\", \"value\": 10,"
                                                + " \"date\": \"2025-03-03\"}"))
                                .andExpect(status().isCreated()))));
            }
            String window = "{\"phase\": \"PRE\", \"opensOn\": \"" + today.minusDays(1) + "\", \"closesOn\": \""
                    + today.plusDays(20) + "\"}";
            p.admin(post("/api/v1/programs/" + p.programId + "/assessment-windows")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(window))
                    .andExpect(status().isCreated());
            String wave = "{\"wave\": \"BASELINE\", \"opensOn\": \"" + today.minusDays(1) + "\", \"closesOn\": \""
                    + today.plusDays(20) + "\"}";
            ids.put(
                    "WAVE_P",
                    String.valueOf(ActivePair.id(p.admin(post("/api/v1/programs/" + p.programId + "/survey-waves")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(wave))
                            .andExpect(status().isCreated()))));
            // an invitation nobody has used yet
            String stranger = "invited-" + p.run + "@example.com";
            p.admin(post("/api/v1/people/import")
                            .contentType("text/csv")
                            .content("email,name,department,job_level\n" + stranger + ",Ivy Invited,HR,4\n"))
                    .andExpect(status().isOk());
            String invitation = p.admin(post("/api/v1/people/" + stranger + "/invitation"))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String url = JsonPath.read(invitation, "$.inviteUrl");
            ids.put("INVITATION", url.substring(url.lastIndexOf('/') + 1));
            ids.put(
                    "S",
                    String.valueOf(ActivePair.id(p.admin(post("/api/v1/programs")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(program("Matrix spare " + p.run, "ADMIN_LED")))
                            .andExpect(status().isCreated()))));
            choiceProgram(today, wave);
            for (Who who : List.of(OTHER, PARTNER, EXECUTIVE_USER, ADMIN_USER)) {
                sessions.put(who, logIn(emails.get(who), passwords.get(who)));
            }
            menteeSession = logIn(p.mentee, ActivePair.PASSWORD);
        }

        /** Program C: the partner mentors, two mentees ask them (R1, R2); OTHER is not enrolled. */
        private void choiceProgram(LocalDate today, String wave) throws Exception {
            String asker = "asker-" + p.run + "@example.com";
            p.admin(post("/api/v1/people/import")
                            .contentType("text/csv")
                            .content("email,name,department,job_level\n" + asker + ",Ada Asker,HR,7\n"))
                    .andExpect(status().isOk());
            Passwords.setThroughInvitation(mvc, asker, ActivePair.PASSWORD);
            long c = ActivePair.id(p.admin(post("/api/v1/programs")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(program("Matrix choice " + p.run, "PARTICIPANT_CHOICE")))
                    .andExpect(status().isCreated()));
            ids.put("C", String.valueOf(c));
            transition(c, "ENROLLING");
            p.admin(post("/api/v1/programs/" + c + "/enrollments/import")
                            .contentType("text/csv")
                            .content("email,side,skills_offered,skills_wanted,interests,work_style,capacity\n"
                                    + p.mentor + ",MENTOR,AI assistants:5,,golf,INTROVERT,3\n"
                                    + p.mentee + ",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n"
                                    + asker + ",MENTEE,,AI assistants:1:HIGH,golf,INTROVERT,\n"))
                    .andExpect(status().isOk());
            p.admin(post("/api/v1/programs/" + c + "/assessment-windows")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"phase\": \"PRE\", \"opensOn\": \"" + today.minusDays(1)
                                    + "\", \"closesOn\": \"" + today.plusDays(20) + "\"}"))
                    .andExpect(status().isCreated());
            p.admin(post("/api/v1/programs/" + c + "/survey-waves")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(wave))
                    .andExpect(status().isCreated());
            transition(c, "MATCHING");
            ids.put("R1", String.valueOf(ask(c, asker)));
            ids.put("R2", String.valueOf(ask(c, p.mentee)));
        }

        private String program(String name, String mode) {
            return "{\"name\": \"" + name + "\", \"startDate\": \"2027-01-11\", \"endDate\": \"2027-12-17\","
                    + " \"sponsorEmail\": \"" + EXECUTIVE + "\", \"objectives\": [{\"statement\": \"Use AI\","
                    + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}],"
                    + " \"matching\": {\"skillGapWeight\": 0.6, \"sharedInterestWeight\": 0.25, \"workStyleWeight\": 0.15,"
                    + " \"minScore\": 0, \"excludeSameDepartment\": false, \"objective\": \"TOTAL_SCORE\","
                    + " \"mode\": \"" + mode + "\"}}";
        }

        private long ask(long program, String mentee) throws Exception {
            return ActivePair.id(p.as(
                            mentee,
                            post("/api/v1/programs/" + program + "/pair-requests")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"mentorEmail\": \"" + p.mentor + "\"}"))
                    .andExpect(status().isCreated()));
        }

        private void transition(long program, String to) throws Exception {
            p.admin(post("/api/v1/programs/" + program + "/transitions")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\": \"" + to + "\"}"))
                    .andExpect(status().isOk());
        }

        /** The row's pattern with real ids: named by the row, or the default for the variable's name. */
        String fill(Row row) {
            Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(row.pattern);
            StringBuilder url = new StringBuilder();
            int index = 0;
            while (variables.find()) {
                String name = variables.group(1);
                String before = row.pattern.substring(0, variables.start());
                String key = index < row.ids.size() ? row.ids.get(index) : defaultKey(name, before);
                String value = ids.get(key);
                if (value == null) {
                    throw new IllegalStateException("no fixture value " + key + " for " + row.key());
                }
                variables.appendReplacement(url, Matcher.quoteReplacement(value));
                index++;
            }
            variables.appendTail(url);
            return url.toString().replace("/**", "/readiness");
        }

        private String defaultKey(String name, String before) {
            switch (name) {
                case "programId":
                    return "P";
                case "pairId":
                    return "A";
                case "enrollmentId":
                    return "ENROLLMENT";
                case "plannedId", "pid":
                    return "PLAN1";
                case "outcomeId":
                    return "OUTCOME1";
                case "topicId":
                    return "TOPIC";
                case "waveId":
                    return "WAVE_P";
                case "wave":
                    return "WAVE";
                case "kind":
                    return "KIND";
                case "phase":
                    return "PHASE";
                case "table":
                    return "TABLE";
                case "index":
                    return "INDEX";
                case "email":
                    return "EMAIL";
                case "token":
                    return "INVITATION";
                case "requestId":
                    return "R1";
                case "answer":
                    return "ANSWER";
                case "group":
                    return "GROUP";
                case "requiredMetricName":
                    return "METRIC";
                default:
                    break;
            }
            String parent = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            return switch (parent) {
                case "programs" -> "P";
                case "pairs" -> "A";
                case "sessions" -> "SESSION";
                case "follow-ups" -> "FOLLOW_UP";
                case "enrollments" -> "ENROLLMENT_OF_PARTNER";
                case "notifications" -> "NOTIFICATION";
                case "tokens" -> "TOKEN";
                case "provisioning-tokens" -> "PROVISIONING_TOKEN";
                case "Users" -> "SCIM_USER";
                case "Schemas" -> "SCIM_SCHEMA";
                case "ResourceTypes" -> "SCIM_TYPE";
                case "skills" -> "SKILL";
                case "pair-requests" -> "R1";
                case "topics" -> "TOPIC";
                case "program-templates" -> "TEMPLATE";
                default -> throw new IllegalStateException("no default id for {" + name + "} after " + before);
            };
        }

        /** Calls the row as {@code who}; answers null when the outcome matches the table, else what happened. */
        String call(Row row, Who who) throws Exception {
            String method = row.method.equals("ANY") ? "GET" : row.method;
            AbstractMockHttpServletRequestBuilder<?> request = row.multipart
                    ? MockMvcRequestBuilders.multipart(fill(row))
                            .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                    : MockMvcRequestBuilders.request(HttpMethod.valueOf(method), fill(row));
            if (row.json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(text(row.json));
            }
            row.params.forEach((name, value) -> request.param(name, text(value)));
            if (!method.equals("GET")) {
                request.with(csrf());
            }
            boolean mentee = who == PARTNER && row.menteeIsPartner;
            if (who != ANONYMOUS) {
                if (row.api()) {
                    request.with(httpBasic(mentee ? p.mentee : emails.get(who), passwords.get(who)));
                } else {
                    request.cookie(mentee ? menteeSession : sessions.get(who));
                }
            }
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request).andReturn().getResponse();
            } catch (Exception failed) {
                return "threw " + failed;
            }
            int status = response.getStatus();
            String location = response.getRedirectedUrl();
            boolean toLogin = status == 302 && location != null && location.endsWith("/login");
            String seen = status + (location == null ? "" : " -> " + location);
            if (row.allowed.contains(who)) {
                boolean refused =
                        status == 401 || status == 403 || status == 405 || (status >= 500 && !row.errorPage) || toLogin;
                boolean missing = status == 404 && !row.may404;
                return refused || missing ? "got " + seen : null;
            }
            boolean denied;
            if (who == ANONYMOUS || row.scim()) {
                denied = row.api() ? status == 401 : toLogin;
            } else {
                denied = status == 403 || (status == 404 && row.objectLevel());
            }
            return denied ? null : "got " + seen;
        }

        private String text(String template) {
            return template.replace("%NEXT_WEEK%", nextWeek).replace("%s", p.mentor);
        }
    }
}
