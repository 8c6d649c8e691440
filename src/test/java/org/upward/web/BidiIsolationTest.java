package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * A name with a right-to-left override (U+202E) must not turn the email or department next to it around:
 * admin lists isolate every piece of people's text ({@code dir="auto"}), so its direction stays inside it.
 */
class BidiIsolationTest extends IntegrationTest {

    private static final String RLO = "\u202E";

    /** People's text in admin templates: names, emails, departments, skills, notes and other free text. */
    private static final Pattern USER_TEXT = Pattern.compile(
            "<[a-z]+\\b[^>]*th:text=\"\\$\\{[^\"]*(name|Name|email|Email|department|skill|Note|note|description"
                    + "|explanation|reason|summary|statement|question|message)[^\"]*\"[^>]*>");

    @Test
    void theAdminPeopleListIsolatesANameWithARightToLeftOverride() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "bidi-" + run + "@example.com";
        String name = "Eve " + RLO + "live " + run;
        String department = "Sales " + RLO + "selas";
        mvc.perform(post("/api/v1/people/import")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD))
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + email + "," + name + "," + department + ",3\n"))
                .andExpect(status().isOk());

        String html = mvc.perform(get("/admin/people").param("q", email).cookie(logIn(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<td dir=\"auto\">" + name + "</td>")
                .contains("<td class=\"text-break\" dir=\"auto\">" + email + "</td>")
                .contains("<td dir=\"auto\">" + department + "</td>");
    }

    @Test
    void everyAdminListTemplateIsolatesPeoplesText() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> bare = new ArrayList<>();
        for (String file : List.of(
                "people/list.html",
                "people/preview.html",
                "people/skills.html",
                "enrollment/admin-list.html",
                "pairing/candidates.html",
                "pairing/review.html",
                "pairing/fragments.html",
                "audit/list.html",
                "outcome/list.html",
                "program/list.html",
                "program/show.html",
                "assessment/admin.html",
                "sessions/board.html",
                "survey/admin.html",
                "webhook/settings.html")) {
            String html = Files.readString(templates.resolve(file));
            Matcher tag = USER_TEXT.matcher(html);
            while (tag.find()) {
                if (!tag.group().contains("dir=\"auto\"") && !tag.group().contains("th:text=\"${#fields")) {
                    bare.add(file + ": " + tag.group());
                }
            }
        }
        assertThat(bare).as("tags showing people's text without dir=\"auto\"").isEmpty();
        try (Stream<Path> all = Files.walk(templates)) {
            assertThat(all.filter(p -> p.toString().endsWith(".html"))).isNotEmpty();
        }
    }
}
