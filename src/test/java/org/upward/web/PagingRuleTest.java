package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.upward.sessions.ActivePair;
import org.upward.shared.Paging;
import org.upward.support.IntegrationTest;

/**
 * One paging rule on every list: the API answers 400 naming {@code page} or {@code size} when either is out of
 * range or not a number (never a 500, never a silent clamp), and the pages show their last page instead.
 */
class PagingRuleTest extends IntegrationTest {

    private static final String[][] OUT_OF_RANGE = {
        {"page=50000000", "page"},
        {"page=-1", "page"},
        {"page=abc", "page"},
        {"page=99999999999", "page"},
        {"size=-5", "size"},
        {"size=0", "size"},
        {"size=100000", "size"},
        {"size=501", "size"},
        {"size=1.5", "size"},
    };

    @Test
    void everyPagedApiListRefusesAPageOrSizeOutOfRangeNamingIt() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        List<String> lists = List.of(
                "/api/v1/notifications",
                "/api/v1/audit",
                "/api/v1/programs",
                "/api/v1/skills",
                "/api/v1/people",
                "/api/v1/programs/" + pair.programId + "/enrollments",
                "/api/v1/programs/" + pair.programId + "/survey-waves",
                "/api/v1/programs/" + pair.programId + "/assessment-windows",
                "/api/v1/programs/" + pair.programId + "/assessments",
                "/api/v1/programs/" + pair.programId + "/pairs",
                "/api/v1/pairs/" + pair.pairId + "/sessions",
                "/api/v1/pairs/" + pair.pairId + "/planned-sessions");
        List<String> wrong = new ArrayList<>();
        for (String list : lists) {
            for (String[] bad : OUT_OF_RANGE) {
                MockHttpServletResponse answer = call(list + "?" + bad[0]);
                String body = answer.getContentAsString();
                if (answer.getStatus() != 400
                        || !answer.getContentType().startsWith("application/problem+json")
                        || !bad[1].equals(JsonPath.read(body, "$.errors[0].field"))
                        || ((String) JsonPath.read(body, "$.errors[0].message")).isBlank()
                        || body.contains("abc")) {
                    wrong.add(list + "?" + bad[0] + " -> " + answer.getStatus() + " " + body);
                }
            }
            MockHttpServletResponse last = call(list + "?page=" + Paging.MAX_PAGE + "&size=" + Paging.MAX_SIZE);
            if (last.getStatus() != 200
                    || !JsonPath.read(last.getContentAsString(), "$.items")
                            .toString()
                            .equals("[]")
                    || (int) JsonPath.read(last.getContentAsString(), "$.size") != Paging.MAX_SIZE) {
                wrong.add(list + " at the last allowed page -> " + last.getStatus() + " " + last.getContentAsString());
            }
            MockHttpServletResponse one = call(list + "?page=0&size=1");
            if (one.getStatus() != 200 || (int) JsonPath.read(one.getContentAsString(), "$.size") != 1) {
                wrong.add(list + "?page=0&size=1 -> " + one.getStatus() + " " + one.getContentAsString());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(JsonPath.read(call("/api/v1/people?size=-5").getContentAsString(), "$.errors[0].message")
                        .toString())
                .isEqualTo("must be a page size from 1 to 500");
    }

    @Test
    void aPageNumberFarPastTheEndShowsTheLastPageOfEachList() throws Exception {
        ActivePair pair = ActivePair.create(mvc, "2025-01-06", 2);
        Cookie admin = logIn(ADMIN);
        String people = page("/admin/people?page=50000000", admin);
        Matcher pageOf = Pattern.compile("Page (\\d+) of (\\d+)").matcher(people);
        assertThat(pageOf.find()).isTrue();
        assertThat(pageOf.group(1)).isEqualTo(pageOf.group(2));
        assertThat(page("/admin/programs?page=50000000", admin)).containsPattern("href=\"/admin/programs/\\d+\"");
        assertThat(page("/admin/audit?page=50000000", admin)).contains("<tr");
        assertThat(page("/notifications?page=50000000", admin)).doesNotContain("Exception");
        assertThat(page("/admin/programs/" + pair.programId + "/status?page=50000000", admin))
                .contains("<tr id=\"pair-");
        assertThat(page("/admin/programs/" + pair.programId + "/pairing?agreedPage=50000000", admin))
                .doesNotContain("Exception");
        assertThat(page("/admin/people?page=-7", admin)).contains("Page 1 of");
    }

    @Test
    void aPageNumberThatIsNotANumberIsTheFriendly400Page() throws Exception {
        Cookie admin = logIn(ADMIN);
        MockHttpServletResponse answer = mvc.perform(
                        get("/admin/people?page=abc").cookie(admin))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse call(String uri) throws Exception {
        return mvc.perform(get(uri).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andReturn()
                .getResponse();
    }

    private String page(String uri, Cookie session) throws Exception {
        MockHttpServletResponse answer =
                mvc.perform(get(uri).cookie(session)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(uri).isEqualTo(200);
        return answer.getContentAsString();
    }
}
