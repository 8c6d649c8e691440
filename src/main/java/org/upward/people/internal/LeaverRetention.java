package org.upward.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonalDataKind;
import org.upward.people.RetainedPersonalData;
import org.upward.shared.UiText;

/**
 * Retention of people who left: once their period after the leave date ends, they are erased as an admin would
 * erase them (a stable pseudonym everywhere, their texts removed, figures kept), one at a time, each in its own
 * transaction, so one that fails is tried again on the next run and does not hold the others back.
 */
@Component
class LeaverRetention implements RetainedPersonalData {

    private static final String DUE = "from person where leave_date < ? and erased_at is null";

    private final JdbcTemplate jdbc;
    private final PersonErasureService erasure;

    LeaverRetention(JdbcTemplate jdbc, PersonErasureService erasure) {
        this.jdbc = jdbc;
        this.erasure = erasure;
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.LEAVERS;
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpired(LocalDate expiredBefore) {
        Long found = jdbc.queryForObject("select count(*) " + DUE, Long.class, expiredBefore);
        return found == null ? 0 : found;
    }

    @Override
    public long removeExpired(LocalDate expiredBefore) {
        List<String> emails = jdbc.queryForList("select email " + DUE + " order by id", String.class, expiredBefore);
        String reason = UiText.of("people.erasure.retentionReason", expiredBefore);
        for (String email : emails) {
            erasure.eraseAndView(email, reason);
        }
        return emails.size();
    }
}
