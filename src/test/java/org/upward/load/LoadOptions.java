package org.upward.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The load test's settings, from {@code --name value} arguments. Think time is drawn per client between
 * {@code thinkMinMillis} and {@code thinkMaxMillis} (uniformly) after every answer; {@code --think 0} sends
 * the next request at once, to find the saturation throughput.
 */
record LoadOptions(
        int instances,
        int clients,
        int admins,
        int executives,
        int participants,
        int warmUpSeconds,
        int durationSeconds,
        int thinkMinMillis,
        int thinkMaxMillis,
        String database,
        long seed,
        Mix mix) {

    static final String USAGE =
            """
            Arguments (all optional):
              --instances 1|2      application instances on the one database (default 1); clients send
                                   their requests to the instances in turn
              --clients N          concurrent clients, one thread each (default 50)
              --admins N           of them, admins browsing pages (default 12 % of the clients, at least 1)
              --executives N       of them, executives reading the dashboard (default 8 %, at least 1);
                                   the others are participants (API with a Bearer token, pages after a form login)
              --participants N     participants given an account, a password and a token (default 200: the partners
                                   of 100 pairs), shared out among the participant clients
              --warmup S           seconds of load before measuring (default 10; not in the figures)
              --duration S         measured seconds (default 60)
              --think MIN-MAX|MS   think time after each answer in ms, random between MIN and MAX
                                   (default 500-1500); 0 for none (saturation)
              --database NAME      the database to create, dropped first if it exists (default upward_load)
              --seed N             random seed of the clients (default 2027)
              --mix NAME           the requests sent: monday, the Monday morning mix (default);
                                   monday-without-results, the same without the results API (which
                                   commit 7bbf8ad lacks); first, the first mix of commit 7bbf8ad
                                   (participants through the API only, no results)
            """;

    static LoadOptions parse(String[] args) {
        int instances = 1;
        int clients = 50;
        Integer admins = null;
        Integer executives = null;
        int participants = 200;
        int warmUp = 10;
        int duration = 60;
        int thinkMin = 500;
        int thinkMax = 1500;
        String database = "upward_load";
        long seed = 2027;
        Mix mix = Mix.MONDAY;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = rest.remove(0);
            switch (name) {
                case "--instances" -> instances = positive(name, value);
                case "--clients" -> clients = positive(name, value);
                case "--admins" -> admins = positive(name, value);
                case "--executives" -> executives = positive(name, value);
                case "--participants" -> participants = positive(name, value);
                case "--warmup" -> warmUp = Integer.parseInt(value);
                case "--duration" -> duration = positive(name, value);
                case "--think" -> {
                    String[] range = value.split("-", 2);
                    thinkMin = Integer.parseInt(range[0].trim());
                    thinkMax = range.length == 2 ? Integer.parseInt(range[1].trim()) : thinkMin;
                }
                case "--database" -> database = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--mix" -> mix = Mix.valueOf(value.replace('-', '_').toUpperCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException("Unknown argument " + name);
            }
        }
        if (instances > 2) {
            throw new IllegalArgumentException("--instances is 1 or 2");
        }
        if (thinkMin < 0 || thinkMax < thinkMin) {
            throw new IllegalArgumentException("--think takes MIN-MAX with 0 <= MIN <= MAX, or one number");
        }
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("--database takes a plain lower-case name");
        }
        int adminClients = admins != null ? admins : Math.max(1, Math.round(clients * 0.12f));
        int executiveClients = executives != null ? executives : Math.max(1, Math.round(clients * 0.08f));
        if (adminClients + executiveClients >= clients) {
            throw new IllegalArgumentException("leave at least one client for the participants");
        }
        int participantClients = clients - adminClients - executiveClients;
        if (participants < participantClients) {
            throw new IllegalArgumentException("--participants must be at least the " + participantClients
                    + " participant clients, so no two clients act as the same person at once");
        }
        return new LoadOptions(
                instances,
                clients,
                adminClients,
                executiveClients,
                participants,
                Math.max(0, warmUp),
                duration,
                thinkMin,
                thinkMax,
                database,
                seed,
                mix);
    }

    int participantClients() {
        return clients - admins - executives;
    }

    String think() {
        return thinkMaxMillis == 0
                ? "none"
                : thinkMinMillis == thinkMaxMillis
                        ? thinkMinMillis + " ms"
                        : thinkMinMillis + "-" + thinkMaxMillis + " ms (uniform)";
    }

    private static int positive(String name, String value) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return number;
    }
}
