package org.upward.program;

import java.util.UUID;

/** Builds program request bodies for API tests: a valid program by default, with parts replaced. */
final class ProgramJson {

    private String name = "Digital leaders " + UUID.randomUUID();
    private String startDate = "2027-01-11";
    private String endDate = "2027-12-17";
    private String sponsor = "\"exec@demo.upward.app\"";
    private String objectives =
            """
            [{"statement": "Executives use AI assistants weekly", "focusSkills": ["ai ASSISTANTS", "Data dashboards"],
              "outcomeMeasure": "POST self-assessment >= 3.5"}]""";
    private String matching =
            """
            {"skillGapWeight": 0.6, "sharedInterestWeight": 0.25, "workStyleWeight": 0.15,
             "minScore": 20, "excludeSameDepartment": false, "objective": "TOTAL_SCORE", "mode": "ADMIN_LED"}""";
    private String version;

    static ProgramJson valid() {
        return new ProgramJson();
    }

    ProgramJson name(String value) {
        name = value;
        return this;
    }

    ProgramJson dates(String start, String end) {
        startDate = start;
        endDate = end;
        return this;
    }

    ProgramJson noSponsor() {
        sponsor = "null";
        return this;
    }

    ProgramJson sponsor(String email) {
        sponsor = "\"" + email + "\"";
        return this;
    }

    ProgramJson objectives(String json) {
        objectives = json;
        return this;
    }

    ProgramJson matching(String json) {
        matching = json;
        return this;
    }

    ProgramJson version(long value) {
        version = Long.toString(value);
        return this;
    }

    String name() {
        return name;
    }

    String json() {
        return """
                {"name": "%s", "description": "Juniors teach seniors digital skills",
                 "startDate": "%s", "endDate": "%s",
                 "successCriteria": "Mentees average >= 3.5 on focus skills after the program",
                 "sponsorEmail": %s, "checkInCadenceWeeks": 3, "cost": 25000,
                 "objectives": %s,
                 "matching": %s%s}"""
                .formatted(
                        name,
                        startDate,
                        endDate,
                        sponsor,
                        objectives,
                        matching,
                        version == null ? "" : ", \"version\": " + version);
    }
}
