package org.upward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.sessions.ActivePair;
import org.upward.support.IntegrationTest;
import org.upward.support.Passwords;

/**
 * Joining a program: an admin opens applications with rules and places, people apply (an ineligible one is told
 * the rule and nothing is stored), the manager approves, the admin accepts and the person is enrolled with their
 * profile; a full side waitlists and a withdrawal offers the place to the next one.
 */
class IntakeTest extends IntegrationTest {

    private static final String PASSWORD = "a-long-test-password";

    private String run;
    private long programId;
    private String boss;
    private String ana;
    private String ivy;
    private String wes;
    private String walt;

    @BeforeEach
    void enrollingProgram() throws Exception {
        run = UUID.randomUUID().toString().substring(0, 8);
        boss = "boss-" + run + "@example.com";
        ana = "ana-" + run + "@example.com";
        ivy = "ivy-" + run + "@example.com";
        wes = "wes-" + run + "@example.com";
        walt = "walt-" + run + "@example.com";
        String people = "email,name,department,job_level,manager_email,hire_date\n"
                + boss + ",Bo Boss " + run + ",IT,9,,2010-01-01\n"
                + ana + ",Ana Applicant " + run + ",IT,2," + boss + ",2020-01-01\n"
                + ivy + ",Ivy Ineligible " + run + ",Sales,2," + boss + ",2020-01-01\n"
                + wes + ",Wes First " + run + ",IT,3,,2020-01-01\n"
                + walt + ",Walt Second " + run + ",IT,3,,2020-01-01\n";
        admin(post("/api/v1/people/import").contentType("text/csv").content(people))
                .andExpect(status().isOk());
        for (String email : new String[] {boss, ana, ivy, wes, walt}) {
            Passwords.setThroughInvitation(mvc, email, PASSWORD);
        }
        String program = "{\"name\": \"Intake " + run + "\", \"description\": \"Learn AI from juniors\","
                + " \"startDate\": \"2030-01-07\", \"endDate\": \"2099-12-17\", \"checkInCadenceWeeks\": 2,"
                + " \"sponsorEmail\": \"exec@demo.upward.app\", \"objectives\": [{\"statement\": \"Use AI\","
                + " \"focusSkills\": [\"AI assistants\"], \"outcomeMeasure\": \"POST >= 3.5\"}]}";
        programId = ActivePair.id(admin(post("/api/v1/programs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(program))
                .andExpect(status().isCreated()));
    }

    private void enrolling() throws Exception {
        admin(post("/api/v1/programs/" + programId + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ENROLLING\"}"))
                .andExpect(status().isOk());
    }

    private static String intake(boolean managerApproval, String places) {
        return "{\"opensOn\": \"2020-01-01\", \"closesOn\": \"2099-12-31\", \"sides\": [\"MENTOR\", \"MENTEE\"],"
                + " \"questions\": [{\"text\": \"Why do you want to join?\", \"kind\": \"LONG_TEXT\", \"required\": true},"
                + " {\"text\": \"How confident are you?\", \"kind\": \"SCALE\", \"required\": false}],"
                + " \"eligibility\": {\"MENTOR\": {\"maxJobLevel\": 4, \"departments\": [\"IT\"],"
                + " \"minTenureMonths\": 6}},"
                + " \"places\": " + places + ", \"managerApproval\": " + managerApproval + "}";
    }

    private static final String APPLICATION = "{\"side\": \"MENTOR\", \"answers\": {\"Why do you want to join?\":"
            + " \"To teach\", \"How confident are you?\": 4}, \"skillsOffered\": [{\"skill\": \"AI assistants\","
            + " \"level\": 5}], \"interests\": [\"golf\"], \"workStyle\": \"INTROVERT\", \"capacity\": 1}";

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, DEMO_PASSWORD)));
    }

    private ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD)));
    }

    private void open(boolean managerApproval, String places) throws Exception {
        enrolling();
        admin(put("/api/v1/programs/" + programId + "/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(intake(managerApproval, places)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[1].kind").value("SCALE"));
    }

    private long apply(String email, String expectedStatus) throws Exception {
        return ActivePair.id(as(
                        email,
                        post("/api/v1/programs/" + programId + "/applications")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(APPLICATION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(expectedStatus)));
    }

    private int notices(String email) {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'APPLICATION'",
                Integer.class,
                email);
    }

    @Test
    void anEligiblePersonAppliesTheManagerApprovesAndTheAdminAcceptsIntoAnEnrollment() throws Exception {
        open(true, "{}");
        as(ana, get("/api/v1/programs/open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + programId + ")].closesOn").value("2099-12-31"));
        long id = apply(ana, "PENDING");
        assertThat(notices(boss)).isEqualTo(1);
        as(
                        ana,
                        post("/api/v1/programs/" + programId + "/applications")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(APPLICATION))
                .andExpect(status().isConflict());

        // the admin has to wait for the manager; nobody else may answer for the manager
        admin(post("/api/v1/applications/" + id + "/accept")).andExpect(status().isConflict());
        as(
                        ivy,
                        post("/api/v1/applications/" + id + "/manager-approval")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"approve\": true}"))
                .andExpect(status().isNotFound());
        as(
                        boss,
                        post("/api/v1/applications/" + id + "/manager-approval")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"approve\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.managerDecision").value("APPROVED"));

        admin(post("/api/v1/applications/" + id + "/accept"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        admin(get("/api/v1/programs/" + programId + "/enrollments"))
                .andExpect(jsonPath("$.items[0].email").value(ana))
                .andExpect(jsonPath("$.items[0].side").value("MENTOR"))
                .andExpect(jsonPath("$.items[0].skillsOffered[0].skill").value("AI assistants"))
                .andExpect(jsonPath("$.items[0].workStyle").value("INTROVERT"));
        admin(get("/api/v1/programs/" + programId + "/applications?status=ACCEPTED"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(
                        jsonPath("$.items[0].answers['How confident are you?']").value("4"));
        assertThat(notices(ana)).isEqualTo(3); // received, approved by the manager, accepted
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where program_id = ? and action in"
                                + " ('INTAKE_CHANGED', 'APPLICATION_DECIDED')",
                        Integer.class,
                        programId))
                .isEqualTo(2);
    }

    @Test
    void anIneligiblePersonIsToldTheRuleAndNothingIsStored() throws Exception {
        open(false, "{}");
        as(
                        ivy,
                        post("/api/v1/programs/" + programId + "/applications")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(APPLICATION))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.MENTOR.departments"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("IT")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_application where program_id = ?", Integer.class, programId))
                .isZero();
        assertThat(notices(ivy)).isZero();

        // an eligible person's profile meets the enrollment rules before anything is stored
        as(
                        ana,
                        post("/api/v1/programs/" + programId + "/applications")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(APPLICATION.replace("AI assistants", "Underwater basket weaving")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("skillsOffered[0].skill"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from program_application where program_id = ?", Integer.class, programId))
                .isZero();
    }

    @Test
    void aFullSideWaitlistsTheNextAndAWithdrawalOffersThemThePlace() throws Exception {
        open(false, "{\"MENTOR\": 1}");
        long first = apply(wes, "PENDING");
        long second = apply(walt, "WAITLISTED");
        admin(post("/api/v1/applications/" + second + "/accept")).andExpect(status().isConflict());

        as(walt, post("/api/v1/applications/" + first + "/withdrawal")).andExpect(status().isNotFound());
        as(wes, post("/api/v1/applications/" + first + "/withdrawal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        admin(get("/api/v1/programs/" + programId + "/applications?status=PENDING"))
                .andExpect(jsonPath("$.items[0].email").value(walt));
        assertThat(notices(walt)).isEqualTo(2); // waitlisted, then offered the place

        admin(post("/api/v1/applications/" + second + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        admin(post("/api/v1/applications/" + second + "/decline")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"The cohort is full of mentors\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.declineReason").value("The cohort is full of mentors"));
    }

    @Test
    void anIntakeOpensOnlyWhileEnrollingAndSaysWhichFieldIsWrong() throws Exception {
        admin(put("/api/v1/programs/" + programId + "/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(intake(false, "{}")))
                .andExpect(status().isConflict());
        enrolling();
        admin(put("/api/v1/programs/" + programId + "/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"2030-02-01\", \"closesOn\": \"2030-01-01\", \"sides\": [],"
                                + " \"questions\": [{\"text\": \"Pick\", \"kind\": \"CHOICE\", \"options\": [\"A\"]}],"
                                + " \"places\": {\"MENTEE\": 0}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder("closesOn", "sides", "questions[0].options", "places.MENTEE")));
        admin(get("/api/v1/programs/" + programId + "/intake")).andExpect(status().isNotFound());
    }

    @Test
    void theNextCohortGetsTheIntakeWithItsDatesMovedAndNoApplications() throws Exception {
        open(true, "{\"MENTOR\": 1}");
        apply(wes, "PENDING");
        long copy = ActivePair.id(admin(post("/api/v1/programs/" + programId + "/copies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Next " + run + "\", \"startDate\": \"2031-01-06\","
                                + " \"endDate\": \"2031-12-19\"}"))
                .andExpect(status().isCreated()));
        // the start moved 364 days: so do the intake's dates; the rest is the same, and nobody applied yet
        admin(get("/api/v1/programs/" + copy + "/intake"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opensOn").value("2020-12-30"))
                .andExpect(jsonPath("$.closesOn").value("2100-12-30"))
                .andExpect(jsonPath("$.questions[0].text").value("Why do you want to join?"))
                .andExpect(jsonPath("$.eligibility.MENTOR.departments[0]").value("IT"))
                .andExpect(jsonPath("$.places.MENTOR").value(1))
                .andExpect(jsonPath("$.managerApproval").value(true));
        admin(get("/api/v1/programs/" + copy + "/applications"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void onlyAdminsSeeAndDecideApplications() throws Exception {
        open(false, "{}");
        long id = apply(ana, "PENDING");
        for (String who : new String[] {EXECUTIVE, MENTOR}) {
            mvc.perform(get("/api/v1/programs/" + programId + "/applications").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/applications/" + id + "/accept").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/programs/" + programId + "/intake").with(httpBasic(who, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        as(ana, get("/api/v1/programs/" + programId + "/applications")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/open").with(httpBasic(EXECUTIVE, DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void thePagesOpenApplicationsTellTheRuleBeforeTheFormAndTakeAnApplication() throws Exception {
        enrolling();
        Cookie admin = logIn(ADMIN, DEMO_PASSWORD);
        mvc.perform(post("/admin/programs/" + programId + "/intake")
                        .cookie(admin)
                        .with(csrf())
                        .param("opensOn", "2030-02-01")
                        .param("closesOn", "2030-01-01")
                        .param("mentor.open", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Applications must close on or after")));
        mvc.perform(post("/admin/programs/" + programId + "/intake")
                        .cookie(admin)
                        .with(csrf())
                        .param("opensOn", "2020-01-01")
                        .param("closesOn", "2099-12-31")
                        .param("mentor.open", "true")
                        .param("mentor.departments", "IT")
                        .param("questions[0].text", "Why do you want to join?")
                        .param("questions[0].kind", "SHORT_TEXT")
                        .param("questions[0].required", "true"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("intake.page.saved"));

        mvc.perform(get("/welcome").cookie(logIn(ivy, PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Programs you can join")));
        mvc.perform(get("/programs/" + programId + "/apply").cookie(logIn(ivy, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("open to these departments only: IT")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Send my application"))));

        Cookie anaSession = logIn(ana, PASSWORD);
        mvc.perform(get("/programs/" + programId + "/apply").cookie(anaSession))
                .andExpect(content().string(Matchers.containsString("Send my application")));
        mvc.perform(post("/programs/" + programId + "/apply")
                        .cookie(anaSession)
                        .with(csrf())
                        .param("side", "MENTOR")
                        .param("answer0", "To teach")
                        .param("offered0", "AI assistants")
                        .param("offeredLevel0", "4")
                        .param("workStyle", "EXTROVERT")
                        .param("capacity", "2"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("intake.apply.sent.PENDING"));
        mvc.perform(get("/admin/programs/" + programId + "/intake").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("To teach")));
    }

    @Test
    void aManagerDeclinesOnTheirPageAndTheAdminAcceptsSeveralAtOnce() throws Exception {
        open(true, "{}");
        long anas = apply(ana, "PENDING");
        long wess = apply(wes, "PENDING");
        long walts = apply(walt, "PENDING");

        Cookie bossSession = logIn(boss, PASSWORD);
        mvc.perform(get("/applications/" + anas + "/manager-approval").cookie(bossSession))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ana Applicant " + run)));
        mvc.perform(get("/applications/" + wess + "/manager-approval").cookie(bossSession))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + anas + "/manager-approval")
                        .cookie(bossSession)
                        .with(csrf())
                        .param("approve", "false")
                        .param("reason", "Quarter-end crunch"))
                .andExpect(status().isFound())
                .andExpect(flashSuccess("intake.manager.declined"));

        mvc.perform(post("/admin/programs/" + programId + "/applications/accept")
                        .cookie(logIn(ADMIN, DEMO_PASSWORD))
                        .with(csrf())
                        .param("ids", String.valueOf(wess), String.valueOf(walts), String.valueOf(anas)))
                .andExpect(status().isFound());
        admin(get("/api/v1/programs/" + programId + "/applications?status=ACCEPTED"))
                .andExpect(jsonPath("$.total").value(2));
        admin(get("/api/v1/programs/" + programId + "/applications?status=DECLINED"))
                .andExpect(jsonPath("$.items[0].email").value(ana))
                .andExpect(jsonPath("$.items[0].declineReason").value("Quarter-end crunch"));
        admin(get("/api/v1/programs/" + programId + "/enrollments"))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theApiAcceptsSeveralAtOnceAndTheAdminsHearOfEachApplicationOnceItAwaitsThem() throws Exception {
        open(true, "{}");
        long anas = apply(ana, "PENDING");
        long wess = apply(wes, "PENDING");
        long walts = apply(walt, "PENDING");
        // Wes and Walt have no manager, so the admins hear of them at once; Ana's waits for her manager first
        assertThat(adminNotices()).isEqualTo(2);
        mvc.perform(get("/admin").cookie(logIn(ADMIN, DEMO_PASSWORD)))
                .andExpect(content().string(Matchers.containsString("Intake " + run + ": 2 applications wait")));

        admin(post("/api/v1/programs/" + programId + "/applications/acceptances")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + wess + ", " + anas + ", " + walts + ", 999999999]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted[*].email", Matchers.containsInAnyOrder(wes, walt)))
                .andExpect(jsonPath("$.refused[*].id", Matchers.containsInAnyOrder((int) anas, 999999999)))
                .andExpect(jsonPath("$.refused[?(@.id == " + anas + ")].reason")
                        .value(Matchers.hasItem(Matchers.containsString("manager has not approved"))));
        admin(post("/api/v1/programs/" + programId + "/applications/acceptances")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ids"));
        mvc.perform(post("/api/v1/programs/" + programId + "/applications/acceptances")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + anas + "]}"))
                .andExpect(status().isForbidden());

        as(
                        boss,
                        post("/api/v1/applications/" + anas + "/manager-approval")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"approve\": true}"))
                .andExpect(status().isOk());
        assertThat(adminNotices()).isEqualTo(3);
        admin(get("/api/v1/programs/" + programId + "/enrollments"))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theManagersRequestAndTheApprovalAreInTheProgramsOwnWording() throws Exception {
        admin(put("/api/v1/programs/" + programId + "/message-templates/MANAGER_APPROVAL_REQUEST")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"Approve {applicantName}, {firstName}?\", \"body\": \"For"
                                + " {programName}: {link}\"}"))
                .andExpect(status().isOk());
        open(true, "{}");
        long id = apply(ana, "PENDING");
        String anaName = jdbc.queryForObject("select name from person where email = ?", String.class, ana);
        String bossName = jdbc.queryForObject("select name from person where email = ?", String.class, boss);

        assertThat(jdbc.queryForObject(
                        "select n.subject || ' / ' || n.text from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'APPLICATION'",
                        String.class,
                        boss))
                .startsWith("Approve " + anaName + ", " + bossName.split(" ")[0] + "? / For Intake " + run + ": ")
                .endsWith("/applications/" + id + "/manager-approval");

        as(
                        boss,
                        post("/api/v1/applications/" + id + "/manager-approval")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"approve\": true}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select n.subject from notification n join person p on p.id = n.person_id"
                                + " where p.email = ? and n.kind = 'APPLICATION' order by n.id",
                        String.class,
                        ana))
                .as("the approval in the default wording")
                .contains("Your manager approved your application to Intake " + run);
    }

    private int adminNotices() {
        return jdbc.queryForObject(
                "select count(*) from notification n join person p on p.id = n.person_id"
                        + " where p.email = ? and n.kind = 'APPLICATION' and n.subject = ?",
                Integer.class,
                ADMIN,
                "New application to Intake " + run);
    }

    @Test
    void anAcceptedPersonWithdrawnFromTheProgramFreesTheirPlaceForTheNextOneWaiting() throws Exception {
        open(false, "{\"MENTOR\": 1}");
        long first = apply(wes, "PENDING");
        long second = apply(walt, "WAITLISTED");
        admin(post("/api/v1/applications/" + first + "/accept")).andExpect(status().isOk());
        long enrollment = jdbc.queryForObject(
                "select e.id from enrollment e join person p on p.id = e.person_id where p.email = ? and e.program_id = ?",
                Long.class,
                wes,
                programId);

        mvc.perform(post("/admin/programs/" + programId + "/enrollments/" + enrollment + "/withdraw")
                        .cookie(logIn(ADMIN, DEMO_PASSWORD))
                        .with(csrf()))
                .andExpect(status().isFound());

        admin(get("/api/v1/programs/" + programId + "/applications?status=PENDING"))
                .andExpect(jsonPath("$.items[0].id").value(second));
        admin(get("/api/v1/programs/" + programId + "/applications?status=WITHDRAWN"))
                .andExpect(jsonPath("$.items[0].id").value(first));
        admin(post("/api/v1/applications/" + second + "/accept")).andExpect(status().isOk());
    }
}
