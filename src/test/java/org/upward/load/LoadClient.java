package org.upward.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upward.load.LoadUsers.Participant;

/**
 * One simulated user on its own thread: draws an action of its role by weight, sends it to the next base URL
 * in turn, records the answer, thinks, and again, until the measured window ends. A participant client takes
 * turns among its own participants (no other client acts as them); admins and executives keep the session
 * cookie of their one form login.
 */
final class LoadClient implements Runnable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] FORMATS = {"IN_PERSON", "VIDEO", "LUNCH_AND_LEARN"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern RATING = Pattern.compile("\"rating\"\\s*:\\s*(\\d+)");
    /** The probe's own think time, whatever the others': it measures the floor without adding load. */
    private static final int PROBE_THINK_MIN = 500;

    private static final int PROBE_THINK_MAX = 1_500;

    private final int index;
    private final Role role;
    private final HttpClient http;
    private final List<String> baseUrls;
    private final Measurements measurements;
    private final LoadOptions options;
    private final LoadUsers users;
    private final List<Participant> participants;
    private final Map<String, String> participantCookies;
    private final String cookie;
    private final String token;
    private final Random random;
    private int sent;

    LoadClient(
            int index,
            Role role,
            HttpClient http,
            List<String> baseUrls,
            Measurements measurements,
            LoadOptions options,
            LoadUsers users,
            List<Participant> participants,
            Map<String, String> participantCookies,
            String cookie,
            String token) {
        this.participantCookies = participantCookies;
        this.index = index;
        this.role = role;
        this.http = http;
        this.baseUrls = baseUrls;
        this.measurements = measurements;
        this.options = options;
        this.users = users;
        this.participants = participants;
        this.cookie = cookie;
        this.token = token;
        this.random = new Random(options.seed() * 1_000 + index);
    }

    @Override
    public void run() {
        try {
            // users arrive spread over one think time rather than all in the same millisecond
            pause(options.thinkMaxMillis() == 0 ? 0 : random.nextInt(options.thinkMaxMillis() + 1));
            while (System.nanoTime() < measurements.measureUntil()) {
                send(options.mix().pick(role, random));
                int min = role == Role.PROBE ? PROBE_THINK_MIN : options.thinkMinMillis();
                int max = role == Role.PROBE ? PROBE_THINK_MAX : options.thinkMaxMillis();
                int think = min + random.nextInt(max - min + 1);
                pause(think);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Action action) throws InterruptedException {
        String base = baseUrls.get((index + sent++) % baseUrls.size());
        HttpRequest request = HttpRequest.newBuilder(request(action, base), (name, value) -> true)
                .header(ServerQueries.HEADER, action.name())
                .build();
        long start = System.nanoTime();
        String error = null;
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = answer.statusCode();
            if (status < 200 || status >= 400) {
                error = status + " " + snippet(answer.body()) + " (" + request.uri() + ")";
            } else if (status >= 300
                    && answer.headers().firstValue("Location").orElse("").contains("/login")) {
                error = status + " to the login page: the session was lost (" + request.uri() + ")";
            } else if (action == Action.LOG_SESSION && status == 201) {
                measurements.sessionCreated();
                measurements.sessionAcknowledged(number(ID, answer.body()));
            } else if (action == Action.CHECK_IN) {
                measurements.checkInAcknowledged(number(ID, answer.body()), (int) number(RATING, answer.body()));
            }
        } catch (IOException | RuntimeException e) {
            error = e + " (" + request.uri() + ")";
            if (action == Action.LOG_SESSION) {
                measurements.sessionUnanswered();
            }
        }
        measurements.record(action, start, System.nanoTime(), error);
    }

    private HttpRequest request(Action action, String base) {
        long program = users.programId();
        return switch (action) {
            case PARTICIPANT_HOME -> participantPage(base + "/participant", participant());
            case PAIR_PAGE -> {
                Participant who = participant();
                // mostly the newest sessions; now and then someone pages back through the long history
                String older = random.nextInt(5) == 0 ? "?page=" + (1 + random.nextInt(14)) : "";
                yield participantPage(base + "/participant/pairs/" + who.pairId() + older, who);
            }
            case NOTIFICATIONS ->
                participantPage(
                        base + "/notifications" + (random.nextInt(5) == 0 ? "?page=" + (1 + random.nextInt(7)) : ""),
                        participant());
            case READ_SESSIONS -> {
                Participant who = participant();
                yield api(base + "/api/v1/pairs/" + who.pairId() + "/sessions?page=0&size=20", who.token())
                        .GET()
                        .build();
            }
            case LOG_SESSION -> {
                Participant who = participant();
                yield api(base + "/api/v1/pairs/" + who.pairId() + "/sessions", who.token())
                        .header("Content-Type", "application/json")
                        .POST(json(sessionLog()))
                        .build();
            }
            case CHECK_IN -> {
                Participant who = participant();
                String blocker = random.nextInt(4) == 0 ? "\"Hard to find time this month\"" : "null";
                yield api(base + "/api/v1/pairs/" + who.pairId() + "/check-ins", who.token())
                        .header("Content-Type", "application/json")
                        .POST(json("{\"rating\": " + (1 + random.nextInt(5)) + ", \"blocker\": " + blocker + "}"))
                        .build();
            }
            case STATUS_BOARD -> page(base + "/admin/programs/" + program + "/status");
            case PEOPLE_DIRECTORY ->
                page(
                        random.nextBoolean()
                                ? base + "/admin/people?page=" + random.nextInt(200)
                                : base + "/admin/people?q=Person+" + (1 + random.nextInt(999)));
            case PROGRAM_PAGE -> page(base + "/admin/programs/" + program);
            case PAIRING_REVIEW -> page(base + "/admin/programs/" + program + "/pairing");
            case IMPACT_PAGE -> page(base + "/impact/programs/" + program);
            case IMPACT_API ->
                api(base + "/api/v1/programs/" + program + "/impact", token)
                        .GET()
                        .build();
            case RESULTS_API ->
                api(base + "/api/v1/programs/" + program + "/results", token)
                        .GET()
                        .build();
            case HEALTH ->
                HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(TIMEOUT)
                        .GET()
                        .build();
        };
    }

    private Participant participant() {
        return participants.get(random.nextInt(participants.size()));
    }

    /** A session held yesterday (so never in the future, whatever the time zones), sometimes on a focus skill. */
    private String sessionLog() {
        List<String> skills = users.focusSkills();
        String covered = skills.isEmpty() || random.nextBoolean()
                ? "[]"
                : "[\"" + jsonText(skills.get(random.nextInt(skills.size()))) + "\"]";
        return "{\"date\": \"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\", \"durationMinutes\": "
                + (30 + 15 * random.nextInt(5)) + ", \"format\": \"" + FORMATS[random.nextInt(FORMATS.length)]
                + "\", \"skillsCovered\": " + covered + ", \"notes\": \"Logged by the load test\"}";
    }

    private HttpRequest participantPage(String url, Participant who) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "text/html")
                .header("Cookie", participantCookies.get(who.email()))
                .GET()
                .build();
    }

    private static long number(Pattern field, byte[] body) {
        Matcher found = field.matcher(new String(body, StandardCharsets.UTF_8));
        if (!found.find()) {
            throw new IllegalStateException("No " + field + " in the answer");
        }
        return Long.parseLong(found.group(1));
    }

    private static HttpRequest.Builder api(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer);
    }

    private HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "text/html")
                .header("Cookie", cookie)
                .GET()
                .build();
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private void pause(long millis) throws InterruptedException {
        long left = (measurements.measureUntil() - System.nanoTime()) / 1_000_000;
        long sleep = Math.min(millis, left);
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
    }
}
