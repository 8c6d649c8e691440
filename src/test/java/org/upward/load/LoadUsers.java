package org.upward.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upward.security.internal.TestApiTokens;

/**
 * The people the load test acts as, given accounts on the large program's data (which has none): the partners
 * of the program's first pairs with an API token each (issued by the token service, so no password is hashed
 * per request) and a password for the pages, and admins and executives among the people outside the program,
 * who sign in through the login form with the first admin's password (their accounts share its password hash); nobody
 * who has left the company, who may no longer sign in.
 * Their pairs get a long history ({@link #HISTORY} sessions each) and their inboxes many notices, as a pair and
 * a person a year into a program have.
 */
record LoadUsers(
        long programId,
        List<String> focusSkills,
        List<Participant> participants,
        List<Person> admins,
        List<Person> executives,
        String password) {

    /** A partner of an active pair, calling the API with a Bearer token and opening pages with a password. */
    record Participant(String email, long pairId, String token) {}

    /** Sessions each of the participants' pairs has before the run: a long history, as a weekly pair's. */
    static final int HISTORY = 300;

    /** Notices each participant has before the run (read, over the past months). */
    static final int NOTICES = 150;

    /** An admin or executive, signing in with a password; executives also read the API with a token. */
    record Person(String email, String password, String token) {}

    private static final String TOKEN_NAME = "load test";

    static LoadUsers create(
            JdbcTemplate jdbc,
            ApplicationContext app,
            long programId,
            String firstAdminEmail,
            String password,
            LoadOptions options) {
        String passwordHash = jdbc.queryForObject(
                "select a.password_hash from account a join person p on p.id = a.person_id where p.email = ?",
                String.class,
                firstAdminEmail.toLowerCase());
        List<Participant> participants = new ArrayList<>();
        List<Map<String, Object>> partners = jdbc.queryForList(
                """
                select pair.id as pair_id, who.person_id, p.email
                from (select id, mentor_id, mentee_id from mentoring_pair m
                      where program_id = ? and status = 'ACTIVE'
                        and not exists (select 1 from person l where l.id in (m.mentor_id, m.mentee_id)
                                        and l.leave_date is not null)
                      order by id limit ?) pair
                cross join lateral (values (pair.mentor_id, 0), (pair.mentee_id, 1)) as who(person_id, side)
                join person p on p.id = who.person_id
                order by pair.id, who.side
                limit ?
                """,
                programId,
                (options.participants() + 1) / 2,
                options.participants());
        for (Map<String, Object> partner : partners) {
            long account = account(jdbc, ((Number) partner.get("person_id")).longValue(), passwordHash, null);
            participants.add(new Participant(
                    (String) partner.get("email"),
                    ((Number) partner.get("pair_id")).longValue(),
                    TestApiTokens.issue(app, account, TOKEN_NAME)));
        }
        if (participants.size() < options.participants()) {
            throw new IllegalStateException("The program has only " + participants.size() + " active partners");
        }
        longHistories(jdbc, participants);
        List<Map<String, Object>> outsiders = jdbc.queryForList(
                """
                select p.id, p.email from person p
                where not exists (select 1 from enrollment e where e.person_id = p.id)
                  and not exists (select 1 from account a where a.person_id = p.id)
                  and p.leave_date is null
                order by p.id limit ?
                """,
                options.admins() + options.executives());
        List<Person> admins = new ArrayList<>();
        List<Person> executives = new ArrayList<>();
        for (Map<String, Object> outsider : outsiders) {
            boolean admin = admins.size() < options.admins();
            long account = account(
                    jdbc, ((Number) outsider.get("id")).longValue(), passwordHash, admin ? "ADMIN" : "EXECUTIVE");
            String email = (String) outsider.get("email");
            if (admin) {
                admins.add(new Person(email, password, null));
            } else {
                executives.add(new Person(email, password, TestApiTokens.issue(app, account, TOKEN_NAME)));
            }
        }
        List<String> focusSkills = jdbc.queryForList(
                """
                select s.name from program_objective o
                join program_objective_skill os on os.objective_id = o.id
                join skill s on s.id = os.skill_id
                where o.program_id = ? order by o.position, s.name
                """,
                String.class,
                programId);
        return new LoadUsers(
                programId,
                List.copyOf(focusSkills),
                List.copyOf(participants),
                List.copyOf(admins),
                List.copyOf(executives),
                password);
    }

    /** Tops each participant's pair up to {@link #HISTORY} sessions and gives each participant many notices. */
    private static void longHistories(JdbcTemplate jdbc, List<Participant> participants) {
        Long[] pairs = participants.stream().map(Participant::pairId).distinct().toArray(Long[]::new);
        jdbc.update(
                """
                insert into mentoring_session (pair_id, held_on, duration_minutes, format, skills_covered, notes,
                                               logged_by, created_at, updated_at)
                select p.id, date '2026-01-12' + (random() * 300)::int, 30 + (random() * 60)::int, 'VIDEO', '[]',
                       'Generated history', mentor.email, now(), now()
                from mentoring_pair p join person mentor on mentor.id = p.mentor_id
                cross join lateral generate_series(1, ? - (select count(*) from mentoring_session s
                                                           where s.pair_id = p.id)::int) n
                where p.id = any (?)
                """,
                HISTORY,
                pairs);
        String[] emails = participants.stream().map(Participant::email).toArray(String[]::new);
        jdbc.update(
                """
                insert into notification (person_id, kind, subject, text, link, created_at, read_at)
                select p.id, 'SESSION_LOGGED', 'A session was logged', 'Your partner logged a session.',
                       '/participant/pairs/1', now() - n * interval '1 day', now() - n * interval '1 day'
                from person p cross join generate_series(1, ?) n
                where p.email = any (?)
                """,
                NOTICES,
                emails);
        jdbc.execute("analyze mentoring_session");
        jdbc.execute("analyze notification");
    }

    private static long account(JdbcTemplate jdbc, long personId, String passwordHash, String role) {
        Long id = jdbc.queryForObject(
                "insert into account (person_id, password_hash, enabled) values (?, ?, true) returning id",
                Long.class,
                personId,
                passwordHash);
        if (role != null) {
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role);
        }
        return id;
    }
}
