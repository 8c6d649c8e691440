package org.upward.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.upward.support.IntegrationTest;

class PeopleCsvImportTest extends IntegrationTest {

    private static final String HEADER =
            "email,name,department,job_title,job_level,manager_email,hire_date,leave_date,generation\n";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String email(String who) {
        return who + "." + tag + "@csv.example.com";
    }

    private String csv(String... rows) {
        return HEADER + String.join("\n", rows).replace("@x", "." + tag + "@csv.example.com") + "\n";
    }

    private ResultActions importCsv(byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/people/import")
                .with(httpBasic(ADMIN, DEMO_PASSWORD))
                .contentType("text/csv")
                .content(body));
    }

    private ResultActions importCsv(String body) throws Exception {
        return importCsv(body.getBytes(StandardCharsets.UTF_8));
    }

    private int written() {
        return jdbc.queryForObject("select count(*) from person where email like ?", Integer.class, "%." + tag + "@%");
    }

    private void assertRefused(String body, int problems) throws Exception {
        importCsv(body).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors", hasSize(problems)));
        assertThat(written()).isZero();
    }

    @Test
    void goodFileCreatesNewPeopleAndUpdatesKnownOnesWithManagersLaterInTheFile() throws Exception {
        importCsv(csv("boss@x,Bo Boss,Sales,VP,9,,2010-01-04,,BOOMER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(0));

        importCsv(csv(
                        "ann@x,Ann,Sales,Rep,2,lead@x,2024-02-01,,GEN_Z",
                        "lead@x,Lee Lead,Sales,Lead,5,boss@x,2019-05-01,,millennial",
                        "boss@x,Bo Boss,Sales & Ops,SVP,10,,2010-01-04,2026-12-31,BOOMER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(1));

        assertThat(jdbc.queryForObject(
                        "select m.email from person p join person m on m.id = p.manager_id where p.email = ?",
                        String.class,
                        email("ann")))
                .isEqualTo(email("lead"));
        assertThat(jdbc.queryForObject(
                        "select department || '|' || job_level || '|' || leave_date || '|' || version from person where email = ?",
                        String.class,
                        email("boss")))
                .isEqualTo("Sales & Ops|10|2026-12-31|1");
        assertThat(jdbc.queryForObject("select generation from person where email = ?", String.class, email("lead")))
                .isEqualTo("MILLENNIAL");
    }

    @Test
    void headerInAnyOrderWithBomQuotesAndMultipartUploadIsAccepted() throws Exception {
        String body = "\uFEFFjob_level,department,name,email\n3,\"R&D, Labs\",\"Quinn \"\"Q\"\" Ray\"," + email("quinn")
                + "\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "people.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/people/import").file(file).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.queryForObject(
                        "select name || '|' || department from person where email = ?", String.class, email("quinn")))
                .isEqualTo("Quinn \"Q\" Ray|R&D, Labs");
    }

    @Test
    void everyBadRowIsReportedWithLineAndColumnAndNothingIsWritten() throws Exception {
        importCsv(csv(
                        "ok@x,Ok,Sales,,3,,,,",
                        "not-an-email,Bad Email,Sales,,3,,,,",
                        ",No Email,Sales,,3,,,,",
                        "noname@x,,Sales,,3,,,,",
                        "ok@x,Dup,Sales,,3,,,,",
                        "level@x,Level,Sales,,11,,,,",
                        "word@x,Word,Sales,,three,,,,",
                        "date@x,Date,Sales,,3,,2024-13-01,,",
                        "leave@x,Leave,Sales,,3,,2024-05-01,2024-04-30,",
                        "orphan@x,Orphan,Sales,,3,nobody@x,,,",
                        "gen@x,Gen,Sales,,3,,,,GEN_ALPHA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(10)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("email"))
                .andExpect(jsonPath("$.errors[1].message").value("is required"))
                .andExpect(jsonPath("$.errors[2].line").value(5))
                .andExpect(jsonPath("$.errors[2].field").value("name"))
                .andExpect(jsonPath("$.errors[3].line").value(6))
                .andExpect(jsonPath("$.errors[3].field").value("email"))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("line 2")))
                .andExpect(jsonPath("$.errors[4].line").value(7))
                .andExpect(jsonPath("$.errors[4].field").value("job_level"))
                .andExpect(jsonPath("$.errors[5].line").value(8))
                .andExpect(jsonPath("$.errors[5].field").value("job_level"))
                .andExpect(jsonPath("$.errors[6].line").value(9))
                .andExpect(jsonPath("$.errors[6].field").value("hire_date"))
                .andExpect(jsonPath("$.errors[7].line").value(10))
                .andExpect(jsonPath("$.errors[7].field").value("leave_date"))
                .andExpect(jsonPath("$.errors[8].line").value(11))
                .andExpect(jsonPath("$.errors[8].field").value("manager_email"))
                .andExpect(jsonPath("$.errors[8].message").value(containsString("unknown manager")))
                .andExpect(jsonPath("$.errors[9].line").value(12))
                .andExpect(jsonPath("$.errors[9].field").value("generation"));
        assertThat(written()).isZero();
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLine() throws Exception {
        importCsv("email,name,job_level\n" + email("a") + ",A,3\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("department"))
                .andExpect(jsonPath("$.errors[0].message").value("required column is missing"));
        assertThat(written()).isZero();
    }

    @Test
    void unknownAndDuplicateColumnsAreReported() throws Exception {
        importCsv("email,name,department,job_level,salary,name\n" + email("a") + ",A,Sales,3,100,A\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("salary"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unknown column")))
                .andExpect(jsonPath("$.errors[1].field").value("name"))
                .andExpect(jsonPath("$.errors[1].message").value("duplicate column"));
        assertThat(written()).isZero();
    }

    @Test
    void wrongHeaderIsReported() throws Exception {
        importCsv("Email Address;Full Name\n" + email("a") + ";A\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("Email Address;Full Name"));
        assertThat(written()).isZero();
    }

    @Test
    void managerCycleInsideTheFileIsReportedOnEachRowOfTheLoop() throws Exception {
        importCsv(csv("a@x,A,Ops,,3,b@x,,,", "b@x,B,Ops,,3,c@x,,,", "c@x,C,Ops,,3,a@x,,,", "d@x,D,Ops,,3,a@x,,,"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("manager_email"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("manager cycle")))
                .andExpect(jsonPath("$.errors[2].line").value(4));
        assertThat(written()).isZero();
    }

    @Test
    void managerCycleAcrossTheFileAndTheDirectoryIsReported() throws Exception {
        importCsv(csv("top@x,Top,Ops,,8,,,,", "mid@x,Mid,Ops,,5,top@x,,,")).andExpect(status().isOk());
        importCsv(csv("top@x,Top,Ops,,8,mid@x,,,"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("manager_email"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("manager cycle")));
        assertThat(jdbc.queryForObject("select manager_id from person where email = ?", Long.class, email("top")))
                .isNull();
    }

    @Test
    void ownManagerIsRefused() throws Exception {
        assertRefused(csv("self@x,Self,Ops,,3,self@x,,,"), 1);
    }

    @Test
    void managerKnownToTheDirectoryIsAccepted() throws Exception {
        importCsv(csv("rep@x,Rep,Finance,,2," + MENTEE + ",,,"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void fileThatIsNotUtf8IsRefusedNamingTheLine() throws Exception {
        byte[] latin1 = csv("ok@x,Ok,Sales,,3,,,,", "zoe@x,Zoë,Sales,,3,,,,").getBytes(StandardCharsets.ISO_8859_1);
        importCsv(latin1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value(nullValue()))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
        assertThat(written()).isZero();
    }

    @Test
    void emptyFileAndHeaderOnlyFileAreRefused() throws Exception {
        importCsv("")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("empty")));
        importCsv("\uFEFF\n\n").andExpect(status().isUnprocessableContent());
        importCsv(HEADER)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no people")));
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsReported() throws Exception {
        assertRefused(csv("ok@x,Ok,Sales,,3,,,,", "short@x,Short,Sales"), 1);
    }

    @Test
    void fileOverTenMegabytesIsRefusedWith413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        importCsv(big)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.status").value(413));
        MockMultipartFile file = new MockMultipartFile("file", "people.csv", "text/csv", big);
        mvc.perform(multipart("/api/v1/people/import").file(file).with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isContentTooLarge());
    }

    @Test
    void exportWritesTheImportFormatAndReimportsUnchanged() throws Exception {
        importCsv(csv("boss@x,\"Boss, The\",Legal,Counsel,9,,2001-02-03,,GEN_X", "clerk@x,Clerk,Legal,,1,boss@x,,,"))
                .andExpect(status().isOk());
        String first = mvc.perform(get("/api/v1/people/export").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("people.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(first)
                .startsWith(
                        "email,name,department,job_title,job_level,manager_email,hire_date,leave_date,generation\r\n")
                .contains(email("boss") + ",\"Boss, The\",Legal,Counsel,9,,2001-02-03,,GEN_X")
                .contains(email("clerk") + ",Clerk,Legal,,1," + email("boss") + ",,,");
        int everyone = jdbc.queryForObject("select count(*) from person", Integer.class);

        importCsv(first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(everyone));

        String second = mvc.perform(get("/api/v1/people/export").with(httpBasic(ADMIN, DEMO_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
    }
}
