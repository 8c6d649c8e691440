package org.upward.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.people.ScimClient.patchOp;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.upward.people.ScimClient;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;

/**
 * A leaver, however their leaving is recorded (the identity provider's {@code active: false}, the people page or
 * API, the people CSV, or a leave date that arrives): their live pairs end with the reason, the partner is offered
 * a new one, the admins are told, they cannot sign in, and they stay in the directory; a returner is the same
 * person again.
 */
class LeaversTest extends IntegrationTest {

    @Autowired
    private MutableClock clock;

    @Autowired
    private DeparturesJob departures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String pairState(long pairId) {
        return jdbc.queryForObject(
                "select status || ':' || coalesce(closed_reason, '') from mentoring_pair where id = ?",
                String.class,
                pairId);
    }

    /** The links of the person's notices of a departure (their own kind) with that subject. */
    private List<String> notices(String email, String subjectLike) {
        return jdbc.queryForList(
                "select n.link from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.subject like ? and n.kind = 'PERSON_LEFT' order by n.id",
                String.class,
                email,
                subjectLike);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private List<String> audit(String email) {
        return jdbc.queryForList(
                "select action from audit_entry where subject_type = 'PERSON' and subject_id = ?"
                        + " and action in ('PERSON_LEFT', 'PERSON_RETURNED') order by id",
                String.class,
                personId(email));
    }

    private void cannotSignIn(String email) throws Exception {
        mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", ActivePair.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, ActivePair.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void deactivatedByTheIdentityProviderTheLeaversPairEndsAndTheyCannotSignInUntilTheyReturn() throws Exception {
        ActivePair pair = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        ScimClient scim = ScimClient.connect(mvc);
        String id = JsonPath.read(
                scim.get("/Users?filter=userName%20eq%20%22" + pair.mentor + "%22")
                        .andExpect(jsonPath("$.totalResults").value(1))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.Resources[0].id");
        Cookie session = logIn(pair.mentor, ActivePair.PASSWORD);

        scim.patch("/Users/" + id, patchOp("{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}"))
                .andExpect(status().isOk());
        // the session they had is over at their next request
        mvc.perform(get("/notifications").cookie(session)).andExpect(redirectedUrl("/login"));

        assertThat(pairState(pair.pairId)).isEqualTo("CLOSED:LEFT_COMPANY");
        assertThat(pairState(pair.secondPairId)).as("another pair").isEqualTo("ACTIVE:");
        assertThat(notices(pair.mentee, "Your mentoring partner has left the company"))
                .containsExactly("/participant");
        assertThat(notices(ADMIN, "A pair ended in%"))
                .contains("/admin/programs/" + pair.programId + "/pairing#pair-" + pair.pairId);
        assertThat(audit(pair.mentor)).containsExactly("PERSON_LEFT");
        cannotSignIn(pair.mentor);
        // still in the directory (and so in the retention figures), with the day they left
        assertThat(jdbc.queryForObject("select leave_date from person where email = ?", LocalDate.class, pair.mentor))
                .isEqualTo(LocalDate.now(clock));

        // a second deactivation changes nothing and tells nobody again
        scim.patch("/Users/" + id, patchOp("{\"op\": \"replace\", \"value\": {\"active\": false}}"));
        assertThat(notices(pair.mentee, "Your mentoring partner has left the company"))
                .hasSize(1);

        // back again: the same person, who can sign in; the ended pair stays ended
        scim.patch("/Users/" + id, patchOp("{\"op\": \"replace\", \"value\": {\"active\": true}}"))
                .andExpect(jsonPath("$.active").value(true));
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, pair.mentor))
                .isEqualTo(1);
        assertThat(audit(pair.mentor)).containsExactly("PERSON_LEFT", "PERSON_RETURNED");
        logIn(pair.mentor, ActivePair.PASSWORD);
        assertThat(pairState(pair.pairId)).isEqualTo("CLOSED:LEFT_COMPANY");
    }

    @Test
    void aLeaveDateFromThePeopleApiMeansTheSame() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        String person = pair.admin(get("/api/v1/people/" + pair.mentee))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = JsonPath.read(person, "$.version");
        String today = LocalDate.now(clock).toString();
        pair.admin(put("/api/v1/people/" + pair.mentee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + pair.mentee + "\", \"name\": \"Eve Mentee " + pair.run
                                + "\", \"department\": \"Finance\", \"jobLevel\": 8, \"leaveDate\": \"" + today
                                + "\", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        assertThat(pairState(pair.pairId)).isEqualTo("CLOSED:LEFT_COMPANY");
        assertThat(notices(pair.mentor, "Your mentoring partner has left the company"))
                .hasSize(1);
        cannotSignIn(pair.mentee);
    }

    @Test
    void aLeaveDateFromThePeopleCsvMeansTheSame() throws Exception {
        ActivePair pair = ActivePair.twoPairs(mvc, "2025-01-06", 2);
        String csv = "email,name,department,job_level,leave_date\n" + pair.secondMentee + ",Sam Second " + pair.run
                + ",Legal,7," + LocalDate.now(clock) + "\n";
        pair.admin(post("/api/v1/people/import").contentType("text/csv").content(csv))
                .andExpect(status().isOk());
        assertThat(pairState(pair.secondPairId)).isEqualTo("CLOSED:LEFT_COMPANY");
        assertThat(pairState(pair.pairId)).isEqualTo("ACTIVE:");
        assertThat(notices(pair.outsider, "Your mentoring partner has left the company"))
                .hasSize(1);
    }

    @Test
    void aLeaveDateInTheFutureTakesEffectOnItsDayOnce() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        String csv = "email,name,department,job_level,leave_date\n" + pair.mentor + ",Mia Mentor " + pair.run + ",IT,2,"
                + tomorrow + "\n";
        pair.admin(post("/api/v1/people/import").contentType("text/csv").content(csv))
                .andExpect(status().isOk());
        assertThat(pairState(pair.pairId)).isEqualTo("ACTIVE:");
        logIn(pair.mentor, ActivePair.PASSWORD);

        clock.advance(Duration.ofDays(1));
        departures.run();
        departures.run();

        assertThat(pairState(pair.pairId)).isEqualTo("CLOSED:LEFT_COMPANY");
        assertThat(jdbc.queryForObject(
                        "select closed_on from mentoring_pair where id = ?", LocalDate.class, pair.pairId))
                .isEqualTo(tomorrow);
        assertThat(notices(pair.mentee, "Your mentoring partner has left the company"))
                .hasSize(1);
        assertThat(audit(pair.mentor)).containsExactly("PERSON_LEFT");
        cannotSignIn(pair.mentor);
    }
}
