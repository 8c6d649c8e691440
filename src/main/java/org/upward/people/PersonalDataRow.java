package org.upward.people;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a {@link PersonalDataSection}: field name to value, in the order the export shows them. Values are
 * text, numbers, flags, dates, instants or lists of those; a missing value is {@code null}.
 */
public record PersonalDataRow(Map<String, Object> values) {

    public PersonalDataRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The current row of a query whose column labels are the field names ({@code select held_on as "heldOn"}),
     * as a {@code RowMapper}: dates become {@code LocalDate}, timestamps {@code Instant}, arrays lists, JSON text.
     */
    public static PersonalDataRow read(ResultSet rs, int rowNum) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            values.put(columns.getColumnLabel(i), plain(rs.getObject(i)));
        }
        return new PersonalDataRow(values);
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
