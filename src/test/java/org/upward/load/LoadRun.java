package org.upward.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.upward.load.LoadUsers.Participant;
import org.upward.load.LoadUsers.Person;

/**
 * Runs the clients on a fixed pool of one thread each: signs the admins and executives in first (not timed),
 * then lets all clients go for the warm-up and the measured window, and waits for their last answers.
 */
final class LoadRun {

    private LoadRun() {}

    static Measurements run(LoadOptions options, LoadUsers users, List<String> baseUrls) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<String> adminCookies = new ArrayList<>();
        for (int i = 0; i < users.admins().size(); i++) {
            Person admin = users.admins().get(i);
            adminCookies.add(
                    FormLogin.signIn(http, baseUrls.get(i % baseUrls.size()), admin.email(), admin.password()));
        }
        List<String> executiveCookies = new ArrayList<>();
        for (int i = 0; i < users.executives().size(); i++) {
            Person executive = users.executives().get(i);
            executiveCookies.add(
                    FormLogin.signIn(http, baseUrls.get(i % baseUrls.size()), executive.email(), executive.password()));
        }
        Map<String, String> participantCookies = signInParticipants(http, users, baseUrls);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmUpSeconds());
        Measurements measurements =
                new Measurements(measureFrom, measureFrom + TimeUnit.SECONDS.toNanos(options.durationSeconds()));
        List<LoadClient> clients = new ArrayList<>();
        int participantClients = options.participantClients();
        for (int i = 0; i < participantClients; i++) {
            List<Participant> mine = new ArrayList<>();
            for (int p = i; p < users.participants().size(); p += participantClients) {
                mine.add(users.participants().get(p));
            }
            clients.add(new LoadClient(
                    clients.size(),
                    Role.PARTICIPANT,
                    http,
                    baseUrls,
                    measurements,
                    options,
                    users,
                    mine,
                    participantCookies,
                    null,
                    null));
        }
        for (String cookie : adminCookies) {
            clients.add(new LoadClient(
                    clients.size(),
                    Role.ADMIN,
                    http,
                    baseUrls,
                    measurements,
                    options,
                    users,
                    List.of(),
                    Map.of(),
                    cookie,
                    null));
        }
        for (int i = 0; i < executiveCookies.size(); i++) {
            clients.add(new LoadClient(
                    clients.size(),
                    Role.EXECUTIVE,
                    http,
                    baseUrls,
                    measurements,
                    options,
                    users,
                    List.of(),
                    Map.of(),
                    executiveCookies.get(i),
                    users.executives().get(i).token()));
        }
        // one more client, outside the mix: the health endpoint as the floor of the same run
        clients.add(new LoadClient(
                clients.size(),
                Role.PROBE,
                http,
                baseUrls,
                measurements,
                options,
                users,
                List.of(),
                Map.of(),
                null,
                null));
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size(), task -> {
            Thread thread = new Thread(task, "load-client-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        clients.forEach(pool::submit);
        pool.shutdown();
        if (!pool.awaitTermination(options.warmUpSeconds() + options.durationSeconds() + 120L, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Clients still running two minutes after the end of the run");
        }
        return measurements;
    }

    /** Signs every participant in through the login form (not timed), a few at once: password hashing is slow. */
    private static Map<String, String> signInParticipants(HttpClient http, LoadUsers users, List<String> baseUrls)
            throws Exception {
        Map<String, String> cookies = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < users.participants().size(); i++) {
                Participant who = users.participants().get(i);
                String base = baseUrls.get(i % baseUrls.size());
                done.add(pool.submit(() -> {
                    cookies.put(who.email(), FormLogin.signIn(http, base, who.email(), users.password()));
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return cookies;
    }
}
