package org.upward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.MediaType;
import org.upward.support.BrowserTest;

/**
 * Issue 9: every page passes axe-core, not only the pages some journey happens to show. For each demo role the test
 * starts at the role's home and follows, breadth first, every link to this application (GET only), at most
 * {@value #PER_PATTERN} pages per kind of page ({@code /admin/programs/7} and {@code /admin/programs/8} are one kind)
 * and {@value #PER_ROLE} pages per role. Pages no link leads to (error pages, signed-out pages, settings pages reached
 * by typing their address) are opened by name. Each page is checked by {@link BrowserTest}'s axe check; a page
 * answered with an error status fails the test too.
 */
class AccessibilityCrawlBrowserTest extends BrowserTest {

    private static final int PER_PATTERN = 2;
    private static final int PER_ROLE = 150;

    /**
     * Links never followed, on the path: downloads (CSV, calendar files, ZIPs, exports), signing out, single sign-on (it
     * leaves for the identity provider) and the JSON API. Everything else a page links to is an HTML page.
     */
    private static final List<Pattern> NOT_FOLLOWED = List.of(
            Pattern.compile("\\.csv$"),
            Pattern.compile("\\.ics$"),
            Pattern.compile("\\.zip$"),
            Pattern.compile("/export(/|$)"),
            Pattern.compile("logout"),
            Pattern.compile("^/oauth2/"),
            Pattern.compile("^/login/oauth2/"),
            Pattern.compile("^/api/"),
            Pattern.compile("^/actuator"));

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final String LINKS = "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)";
    private static final String STATUS =
            "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0";

    private final List<String> failures = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ADMIN, EXECUTIVE, MENTOR, MENTEE})
    void everyPageARoleCanReachByLinksIsAccessible(String email) {
        signIn(email, DEMO_PASSWORD);
        long started = System.nanoTime();
        String home = path(browser.getCurrentUrl());

        Deque<String> toVisit = new ArrayDeque<>(List.of(home));
        // "/" only sends each person to their home, which is where the crawl starts
        Set<String> seen = new HashSet<>(List.of(home, "/"));
        Map<String, Integer> perPattern = new HashMap<>(Map.of(pattern(home), 1));
        int visited = 0;
        while (!toVisit.isEmpty() && visited < PER_ROLE) {
            String path = toVisit.removeFirst();
            List<String> links = visit(path, 200);
            visited++;
            for (String link : links) {
                if (seen.add(link) && perPattern.merge(pattern(link), 1, Integer::sum) <= PER_PATTERN) {
                    toVisit.addLast(link);
                }
            }
        }
        checkAccessibility();
        Set<String> patterns = new TreeSet<>(perPattern.keySet());
        System.out.printf(
                "crawl: %s — %d pages of %d kinds checked in %.1f s: %s%n",
                email, visited, patterns.size(), (System.nanoTime() - started) / 1e9, String.join(" ", patterns));
        assertThat(toVisit)
                .as("pages left when the crawl reached its cap of " + PER_ROLE)
                .isEmpty();
        assertThat(failures)
                .as("pages answered with an error, or that are not HTML pages")
                .isEmpty();
    }

    @Test
    void pagesNoLinkLeadsToAreAccessibleToo() throws Exception {
        String usedInvitation = usedInvitationPath();
        browser.manage().deleteAllCookies();
        visit("/login", 200);
        visit("/login?error", 200);
        visit("/login?logout", 200);
        visit("/login?activated", 200);
        visit("/invitations/" + java.util.UUID.randomUUID(), 404);
        visit(usedInvitation, 410);

        signIn(ADMIN, DEMO_PASSWORD);
        long program = jdbc.queryForObject("select min(id) from program", Long.class);
        visit("/admin/sso", 200);
        visit("/admin/programs/" + program + "/webhook", 200);
        visit("/welcome", 200);
        visit("/admin/no-such-page", 404);
        visit("/admin/programs/999999999", 404);
        visit("/no-such-page", 404); // an address no controller answers is not found, for any signed-in person

        signIn(MENTOR, DEMO_PASSWORD);
        visit("/admin", 403);
        visit("/welcome", 200);
        checkAccessibility();
        assertThat(failures).as("pages answered with an unexpected status").isEmpty();
    }

    /** The link of an invitation already accepted, for someone imported for this test. */
    private String usedInvitationPath() throws Exception {
        String email = "crawl-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        mvc.perform(post("/api/v1/people/import")
                        .contentType("text/csv")
                        .content("email,name,department,job_level\n" + email + ",Cara Crawl,IT,3\n")
                        .with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk());
        String body = mvc.perform(
                        post("/api/v1/people/" + email + "/invitation").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String path = URI.create(JsonPath.<String>read(body, "$.inviteUrl")).getPath();
        mvc.perform(post("/api/v1/invitations/" + path.substring(path.lastIndexOf('/') + 1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"a-long-test-password\"}"))
                .andExpect(status().isNoContent());
        return path;
    }

    /** Opens the page, notes a status other than the expected one, and answers the links worth following. */
    private List<String> visit(String path, int expectedStatus) {
        open(path);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long status = ((Number) js.executeScript(STATUS)).longValue();
        String shown = path(browser.getCurrentUrl());
        if (status != expectedStatus) {
            failures.add(path + " answered " + status + " (" + browser.getTitle() + ")");
        }
        if (!"text/html".equals(js.executeScript("return document.contentType"))) {
            failures.add(path + " is not an HTML page: add it to the links not followed");
            return List.of();
        }
        if (shown.startsWith("/login") && !path.startsWith("/login") && !path.startsWith("/invitations")) {
            failures.add(path + " signed the person out: add it to the links not followed");
        }
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) js.executeScript(LINKS);
        String origin = "http://localhost:" + port + "/";
        Set<String> links = new LinkedHashSet<>();
        for (String href : hrefs) {
            if (href.startsWith(origin)) {
                String link = path(href);
                if (NOT_FOLLOWED.stream()
                        .noneMatch(p -> p.matcher(URI.create(href).getPath()).find())) {
                    links.add(link);
                }
            }
        }
        return List.copyOf(links);
    }

    /** The path and query of an address of this application, without its fragment. */
    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * The kind of page an address shows: numbers, UUIDs and email addresses in the path become {id}, and only the
     * names of the query's parameters count.
     */
    static String pattern(String path) {
        URI uri = URI.create(path);
        String kind = Arrays.stream(uri.getRawPath().split("/", -1))
                .map(segment -> NUMBER.matcher(segment).matches()
                                || UUID.matcher(segment).matches()
                                || segment.contains("@")
                                || segment.contains("%40")
                        ? "{id}"
                        : segment)
                .collect(Collectors.joining("/"));
        if (uri.getRawQuery() != null) {
            kind += "?"
                    + Arrays.stream(uri.getRawQuery().split("&"))
                            .map(parameter -> parameter.split("=", 2)[0])
                            .sorted()
                            .collect(Collectors.joining("&"));
        }
        return kind;
    }
}
