package org.upward.timezone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upward.shared.InvalidFieldException;
import org.upward.support.TestDatabase;
import org.upward.timezone.Moments;

/**
 * The time zone module alone (Spring Modulith's {@link ApplicationModuleTest}: its own beans and the shared kernel,
 * no other module) on the real PostgreSQL: a person's choice is stored in {@code account.time_zone}, read back, and
 * moments for them are written in it. The organisation's zone is set to one no test machine runs in.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class TimeZoneModuleTest {

    @Autowired
    TimeZoneSettings settings;

    @Autowired
    Moments moments;

    @Autowired
    JdbcTemplate jdbc;

    private final String email = "tz-" + UUID.randomUUID() + "@module.test";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Settings db = TestDatabase.shared();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("upward.time-zone", () -> "America/Sao_Paulo");
    }

    @BeforeEach
    void aPersonWithAnAccount() {
        Long person = jdbc.queryForObject(
                "insert into person (email, name, department, job_level) values (?, 'Tess Zone', 'IT', 3) returning id",
                Long.class,
                email);
        jdbc.update("insert into account (person_id, enabled) values (?, true)", person);
    }

    @AfterEach
    void removeThePerson() {
        jdbc.update("delete from account where person_id = (select id from person where email = ?)", email);
        jdbc.update("delete from person where email = ?", email);
    }

    @Test
    void withoutAChoiceThePersonSeesTheOrganisationsZone() {
        assertThat(settings.chosenBy(email)).isEmpty();
        assertThat(settings.zoneOf(email)).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(moments.forRecipient(Instant.parse("2027-01-15T12:04:00Z"), email))
                .isEqualTo("15 Jan 2027, 09:04 BRT");
    }

    @Test
    void aChoiceIsStoredAndMomentsForThePersonAreWrittenInIt() {
        assertThat(settings.choose(email.toUpperCase(), " Asia/Tokyo ")).contains(ZoneId.of("Asia/Tokyo"));

        assertThat(storedZone()).isEqualTo("Asia/Tokyo");
        assertThat(settings.chosenBy(email)).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(moments.forRecipient(Instant.parse("2027-01-15T12:04:00Z"), email))
                .isEqualTo("15 Jan 2027, 21:04 JST");
    }

    @Test
    void aBlankChoiceGoesBackToTheOrganisationsZone() {
        settings.choose(email, "Asia/Tokyo");

        assertThat(settings.choose(email, "  ")).isEmpty();

        assertThat(storedZone()).isNull();
        assertThat(settings.zoneOf(email)).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void anUnknownZoneIsRefusedForItsFieldAndNothingIsStored() {
        settings.choose(email, "Europe/Paris");

        assertThatThrownBy(() -> settings.choose(email, "Mars/Olympus"))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("timeZone");
                    assertThat(refused.getMessage())
                            .isEqualTo("\"Mars/Olympus\" is not a time zone we know."
                                    + " Choose one from the list, for example Europe/Paris.");
                });
        assertThat(storedZone()).isEqualTo("Europe/Paris");
    }

    private String storedZone() {
        return jdbc.queryForObject(
                "select a.time_zone from account a join person p on p.id = a.person_id where p.email = ?",
                String.class,
                email);
    }
}
