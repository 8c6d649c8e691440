package org.upward.people.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.upward.support.BenchmarkApp;

/**
 * Times importing a 10,000-person people.csv (with a reporting tree, managers in random order) through
 * the real service on PostgreSQL: once when everyone is new, once when everyone exists. Run as
 * documented in docs/benchmarks.md.
 */
public final class PeopleImportBenchmark {

    private static final int PEOPLE = 10_000;
    private static final int MEASURED_RUNS = 3;

    private PeopleImportBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app =
                BenchmarkApp.start("upward_bench", "bench.admin@example.com", Map.of())) {
            PeopleImport peopleImport = app.getBean(PeopleImport.class);
            System.out.printf("People CSV import, %,d rows, %s%n", PEOPLE, Runtime.version());
            for (int run = 0; run <= MEASURED_RUNS; run++) {
                byte[] csv = generate("run" + run);
                String label = run == 0 ? "warm-up" : "run " + run;
                long created = time(() -> check(peopleImport.importCsv(csv).created()));
                long updated = time(() -> check(peopleImport.importCsv(csv).updated()));
                System.out.printf(
                        "%-8s file %,d KB: first import (all created) %,d ms, second import (all updated) %,d ms%n",
                        label, csv.length / 1024, created, updated);
            }
        }
    }

    private static void check(int count) {
        if (count != PEOPLE) {
            throw new IllegalStateException("Expected " + PEOPLE + " people, got " + count);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A company of 10,000: person 0 at the top, everyone else reporting to (i - 1) / 6; rows shuffled. */
    static byte[] generate(String domain) {
        String[] departments = {"Sales", "Marketing", "Finance", "Engineering", "HR", "Operations", "Legal"};
        String[] generations = {"BOOMER", "GEN_X", "MILLENNIAL", "GEN_Z", ""};
        Random random = new Random(42);
        List<String> rows = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            String manager = i == 0 ? "" : email((i - 1) / 6, domain);
            int level = Math.max(1, 10 - (int) (Math.log(i + 1) / Math.log(6)) * 2);
            rows.add(String.join(
                    ",",
                    email(i, domain),
                    "\"Person " + i + ", " + domain + "\"",
                    departments[i % departments.length],
                    "Title " + (i % 40),
                    String.valueOf(level),
                    manager,
                    String.format("20%02d-%02d-%02d", i % 25, 1 + i % 12, 1 + i % 28),
                    i % 10 == 0 ? "2026-06-30" : "",
                    generations[random.nextInt(generations.length)]));
        }
        Collections.shuffle(rows, random);
        String header = "email,name,department,job_title,job_level,manager_email,hire_date,leave_date,generation\n";
        return (header + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String email(int i, String domain) {
        return "person" + i + "@" + domain + ".bench.example.com";
    }
}
