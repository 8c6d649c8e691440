package org.upward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** The inbox by API and page: only one's own notices, read and read-all, the badge, and the email switch. */
class InboxTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private ActivePair pair;
    private String me;

    @BeforeEach
    void threeNoticesForTheOutsiderAndOneForTheMentor() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
        me = pair.outsider;
        tell(me, "First " + pair.run, "/participant");
        tell(me, "Second " + pair.run, "/participant");
        tell(me, "Third " + pair.run, "/participant/pairs/" + pair.pairId);
        tell(pair.mentor, "Mentor only " + pair.run, "/participant");
    }

    private void tell(String email, String subject, String link) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> events.publishEvent(
                        new Notice(email, NoticeKind.CHECK_IN_DUE, subject, "Text of " + subject, link)));
    }

    private Cookie signIn(String email) throws Exception {
        return logIn(email, ActivePair.PASSWORD);
    }

    @Test
    void theApiListsOnlyTheCallersNoticesNewestFirstAndPaged() throws Exception {
        pair.as(me, get("/api/v1/notifications"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].subject").value("Third " + pair.run))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[0].kind").value("CHECK_IN_DUE"))
                .andExpect(jsonPath("$.items[0].link").value("/participant/pairs/" + pair.pairId))
                .andExpect(jsonPath("$.items[2].subject").value("First " + pair.run))
                .andExpect(content().string(not(containsString("Mentor only"))));
        pair.as(me, get("/api/v1/notifications?page=1&size=2"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].subject").value("First " + pair.run));
        pair.as(pair.mentor, get("/api/v1/notifications"))
                .andExpect(content().string(containsString("Mentor only " + pair.run)))
                .andExpect(content().string(not(containsString("Third " + pair.run))));
    }

    @Test
    void readAndReadAllTouchOnlyTheCallersNoticesAndAnotherPersonsIdIsNotFound() throws Exception {
        long mentors = Notices.idOf(jdbc, pair.mentor, "Mentor only " + pair.run);
        long mine = Notices.idOf(jdbc, me, "Second " + pair.run);
        pair.as(me, post("/api/v1/notifications/" + mentors + "/read"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        pair.as(me, post("/api/v1/notifications/" + mine + "/read"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true))
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        pair.as(me, get("/api/v1/notifications/unread-count"))
                .andExpect(jsonPath("$.unread").value(2));
        pair.as(me, post("/api/v1/notifications/read-all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(2));
        pair.as(me, get("/api/v1/notifications/unread-count"))
                .andExpect(jsonPath("$.unread").value(0));
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, mentors))
                .as("the mentor's notice is untouched")
                .isTrue();
        pair.as(me, post("/api/v1/notifications/999999999/read")).andExpect(status().isNotFound());
    }

    @Test
    void theInboxPageShowsOwnNoticesWithTheUnreadOnesMarked() throws Exception {
        Cookie session = signIn(me);
        mvc.perform(get("/notifications").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Third " + pair.run)))
                .andExpect(content().string(containsString("Text of First " + pair.run)))
                .andExpect(content().string(not(containsString("Mentor only"))))
                .andExpect(content().string(containsString("notice-unread")))
                .andExpect(content().string(containsString("3 unread")));
    }

    @Test
    void everySignedInPageShowsTheUnreadCountInTheNavigation() throws Exception {
        Cookie session = signIn(me);
        for (String page : new String[] {"/participant", "/notifications"}) {
            mvc.perform(get(page).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("aria-label=\"Notifications: 3 unread\"")))
                    .andExpect(content().string(containsString("unread-badge")));
        }
        mvc.perform(get("/participant/pairs/" + pair.pairId).cookie(signIn(pair.mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Notifications: 2 unread\"")));
        mvc.perform(post("/notifications/read-all").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/participant").cookie(session))
                .andExpect(content().string(containsString("aria-label=\"Notifications\"")))
                .andExpect(content().string(not(containsString("unread-badge"))));
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsLinkButOnlyForItsOwner() throws Exception {
        Cookie session = signIn(me);
        long third = Notices.idOf(jdbc, me, "Third " + pair.run);
        mvc.perform(post("/notifications/" + third + "/open").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/" + third + "/open").cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/participant/pairs/" + pair.pairId));
        assertThat(jdbc.queryForObject(
                        "select read_at is not null from notification where id = ?", Boolean.class, third))
                .isTrue();
        long mentors = Notices.idOf(jdbc, pair.mentor, "Mentor only " + pair.run);
        mvc.perform(post("/notifications/" + mentors + "/open").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, mentors))
                .isTrue();
    }

    @Test
    void eachPersonCanTurnNotificationEmailOffAndOnByApiAndPage() throws Exception {
        pair.as(me, get("/api/v1/me/notification-settings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(true));
        pair.as(
                        me,
                        put("/api/v1/me/notification-settings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        pair.as(
                        me,
                        put("/api/v1/me/notification-settings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(false));
        pair.as(me, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.email").value(false));
        pair.as(pair.mentor, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.email").value(true));

        Cookie session = signIn(me);
        mvc.perform(get("/notifications").cookie(session)).andExpect(content().string(not(containsString("checked"))));
        mvc.perform(post("/notifications/settings")
                        .param("email", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        pair.as(me, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.email").value(true));
        mvc.perform(post("/notifications/settings").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        pair.as(me, get("/api/v1/me/notification-settings"))
                .andExpect(jsonPath("$.email").value(false));
    }

    @Test
    void aNoticeFromAnActionThatRolledBackIsNotStored() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new Notice(
                    me, NoticeKind.SESSION_LOGGED, "Rolled back " + pair.run, "Never happened", "/participant"));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where subject = ?", Long.class, "Rolled back " + pair.run))
                .isZero();
    }

    @Test
    void aLinkOutsideTheAppIsNeverStored() {
        tell(me, "Outside " + pair.run, "https://evil.example/phish");
        tell(me, "Protocol-relative " + pair.run, "//evil.example/phish");
        assertThat(jdbc.queryForList(
                        "select link from notification where subject in (?, ?)",
                        String.class,
                        "Outside " + pair.run,
                        "Protocol-relative " + pair.run))
                .containsExactly("/", "/");
    }

    @Test
    void theInboxNeedsASignedInPerson() throws Exception {
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/me/notification-settings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": false}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/notifications")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
