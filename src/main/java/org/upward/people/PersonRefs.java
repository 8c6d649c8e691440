package org.upward.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names and emails of people by id, for features that store person ids. */
@Service
public class PersonRefs {

    /** Enough of a person to name them. */
    public record PersonRef(long id, String email, String name) {}

    private final JdbcTemplate jdbc;

    PersonRefs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Long, PersonRef> byIds(Collection<Long> ids) {
        Map<Long, PersonRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    "select id, email, name from person where id = any (?)",
                    row -> {
                        refs.put(row.getLong(1), new PersonRef(row.getLong(1), row.getString(2), row.getString(3)));
                    },
                    (Object) ids.toArray(Long[]::new));
        }
        return refs;
    }
}
