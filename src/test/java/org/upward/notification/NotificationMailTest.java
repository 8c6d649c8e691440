package org.upward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;

/** Notification mail through a real SMTP server in the test (GreenMail), configured as an operator would. */
class NotificationMailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("upward.base-url", () -> "https://upward.example.com/");
        registry.add("upward.mail.from", () -> "upward@example.com");
    }

    private ActivePair pair;

    @BeforeEach
    void activePair() throws Exception {
        pair = ActivePair.create(mvc, "2025-01-06", 2);
    }

    private void logSessionAs(String who) throws Exception {
        pair.as(
                        who,
                        post("/api/v1/pairs/" + pair.pairId + "/sessions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\": \"" + LocalDate.now(ZoneOffset.UTC)
                                        + "\", \"durationMinutes\": 30, \"format\": \"IN_PERSON\","
                                        + " \"skillsCovered\": [], \"notes\": \"\", \"actionItems\": \"\"}"))
                .andExpect(status().isCreated());
    }

    private List<MimeMessage> mailTo(String email, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(email) && subject(m).contains(subjectPart))
                .toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionLoggedByTheMentorIsMailedToTheMenteeWithAnAbsoluteLink() throws Exception {
        logSessionAs(pair.mentor);

        List<MimeMessage> toMentee = mailTo(pair.mentee, "logged a session");
        assertThat(toMentee).hasSize(1);
        MimeMessage mail = toMentee.get(0);
        assertThat(subject(mail)).isEqualTo("Mia Mentor " + pair.run + " logged a session");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("upward@example.com");
        String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
        assertThat(body)
                .startsWith("Hello Eve Mentee " + pair.run + ",")
                .contains("https://upward.example.com/participant/pairs/" + pair.pairId + "\n")
                .contains("https://upward.example.com/notifications");
        assertThat(mailTo(pair.mentor, "logged a session"))
                .as("the mentor logged it")
                .isEmpty();
        assertThat(mailTo(pair.mentee, "You are paired with"))
                .as("the new pair was mailed too")
                .hasSize(1);
    }

    @Test
    void someoneWhoTurnedEmailOffGetsTheInboxEntryButNoMail() throws Exception {
        pair.as(
                        pair.mentee,
                        put("/api/v1/me/notification-settings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\": false}"))
                .andExpect(status().isOk());
        logSessionAs(pair.mentor);

        assertThat(Notices.count(jdbc, pair.mentee, NoticeKind.SESSION_LOGGED)).isEqualTo(1);
        assertThat(mailTo(pair.mentee, "logged a session")).isEmpty();

        logSessionAs(pair.mentee);
        assertThat(mailTo(pair.mentor, "logged a session"))
                .as("the mentor kept email on")
                .hasSize(1);
    }
}
