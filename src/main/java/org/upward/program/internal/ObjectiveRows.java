package org.upward.program.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upward.program.ObjectiveRequest;

/**
 * The program form's objective rows: blank rows are offered for new objectives and left out of the request, so
 * request objective i is the i-th row that is not blank.
 */
final class ObjectiveRows {

    static final int BLANK_OBJECTIVE_ROWS = 2;
    static final int MIN_OBJECTIVE_ROWS = 3;
    private static final Pattern OBJECTIVE_FIELD = Pattern.compile("^objectives\\[(\\d+)](.*)$");

    private ObjectiveRows() {}

    /** Moves the filled rows up and adds blank ones after them. */
    static void addBlankRows(List<ObjectiveForm> objectives) {
        int filled = (int) objectives.stream().filter(row -> !row.isBlank()).count();
        objectives.removeIf(ObjectiveForm::isBlank);
        while (objectives.size() < Math.max(MIN_OBJECTIVE_ROWS, filled + BLANK_OBJECTIVE_ROWS)) {
            objectives.add(new ObjectiveForm());
        }
    }

    static List<ObjectiveRequest> requests(List<ObjectiveForm> objectives) {
        return objectives.stream()
                .filter(row -> !row.isBlank())
                .map(ObjectiveForm::toRequest)
                .toList();
    }

    /** The form field a request field's problem belongs to. */
    static String formFieldOf(String requestField, List<ObjectiveForm> objectives) {
        Matcher row = OBJECTIVE_FIELD.matcher(requestField);
        if (!row.matches()) {
            return requestField;
        }
        int wanted = Integer.parseInt(row.group(1));
        int seen = -1;
        for (int i = 0; i < objectives.size(); i++) {
            if (!objectives.get(i).isBlank() && ++seen == wanted) {
                return "objectives[" + i + "]" + formSuffix(row.group(2));
            }
        }
        return "objectives";
    }

    /** ".measure.target" → ".measureTarget"; the form's measure skills are the focus skills. */
    private static String formSuffix(String requestSuffix) {
        if (requestSuffix.equals(".measure.skills")) {
            return ".focusSkills";
        }
        if (!requestSuffix.startsWith(".measure.")) {
            return requestSuffix;
        }
        String field = requestSuffix.substring(".measure.".length());
        return ".measure" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
