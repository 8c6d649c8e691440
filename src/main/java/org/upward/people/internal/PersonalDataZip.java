package org.upward.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.upward.shared.SpreadsheetSafe;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a person's data as a ZIP, straight to the response: {@code personal-data.json} (all of it) and one CSV per
 * section, its columns the section's field names, its text cells kept from running as spreadsheet formulas.
 */
@Component
class PersonalDataZip {

    static final String JSON_FILE = "personal-data.json";

    private final JsonMapper json;

    PersonalDataZip(JsonMapper json) {
        this.json = json;
    }

    void write(PersonalData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(JSON_FILE));
        json.writerWithDefaultPrettyPrinter()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValue(zip, data);
        zip.closeEntry();
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (Map.Entry<String, PersonalData.Section> section : data.sections().entrySet()) {
            zip.putNextEntry(new ZipEntry(section.getKey() + ".csv"));
            writeCsv(section.getValue().rows(), text);
            text.flush();
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void writeCsv(List<Map<String, Object>> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        String[] header = rows.get(0).keySet().toArray(String[]::new);
        // not closed: closing would close the ZIP underneath
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(header).get());
        for (Map<String, Object> row : rows) {
            for (String column : header) {
                csv.print(cell(row.get(column)));
            }
            csv.println();
        }
        csv.flush();
    }

    private static Object cell(Object value) {
        if (value instanceof Collection<?> list) {
            return SpreadsheetSafe.text(list.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return SpreadsheetSafe.text(value.toString());
    }
}
