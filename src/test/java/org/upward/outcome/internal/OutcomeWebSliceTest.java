package org.upward.outcome.internal;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.upward.support.FlashMatchers.flashSuccess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.upward.pairing.PairAccess;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.support.SliceUsers;
import org.upward.support.WebSlice;

/**
 * The outcome page and API in a web slice: validation, the message after recording, who may reach them. Outcome
 * has no AccessRules of its own: the areas' defaults (admins only under /admin and /api/v1/programs) apply.
 * What is stored, and the service's own rules, are BusinessOutcomeTest's (whole application).
 */
@WebSlice(controllers = {OutcomePageController.class, OutcomeApiController.class})
class OutcomeWebSliceTest {

    private static final long PROGRAM = 7;
    private static final String PAGE = "/admin/programs/7/outcomes";
    private static final String API = "/api/v1/programs/7/outcomes";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OutcomeService outcomes;

    @MockitoBean
    ProgramService programs;

    @MockitoBean
    PairAccess pairs;

    @BeforeEach
    void aProgram() {
        given(programs.get(PROGRAM))
                .willReturn(new ProgramView(
                        PROGRAM,
                        "Pilot",
                        null,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 10, 30),
                        null,
                        null,
                        null,
                        3,
                        null,
                        List.of(),
                        null,
                        null,
                        ProgramStatus.RUNNING,
                        List.of(),
                        0,
                        4));
        given(outcomes.list(PROGRAM)).willReturn(List.of());
        given(pairs.agreedPairs(PROGRAM)).willReturn(List.of());
    }

    @Test
    void theAdminSeesThePage() throws Exception {
        mvc.perform(get(PAGE).with(SliceUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("outcome/list"))
                .andExpect(content().string(containsString("Pilot")));
    }

    @Test
    void aBadValueIsAFieldErrorOnThePageAndNothingIsRecorded() throws Exception {
        mvc.perform(post(PAGE)
                        .with(SliceUsers.admin())
                        .with(csrf())
                        .param("type", "NEW_IDEA")
                        .param("description", "A reverse hackathon")
                        .param("value", "-1")
                        .param("date", "2026-03-02"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "value"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(content().string(containsString("must not be negative")));
        verify(outcomes, never()).record(anyLong(), any(), anyString());
    }

    @Test
    void aRuleTheServiceEnforcesIsShownNextToItsField() throws Exception {
        given(outcomes.record(eq(PROGRAM), any(), eq(SliceUsers.ADMIN)))
                .willThrow(new InvalidFieldsException(List.of(new FieldProblem("date", "must not be in the future"))));

        mvc.perform(post(PAGE)
                        .with(SliceUsers.admin())
                        .with(csrf())
                        .param("type", "NEW_IDEA")
                        .param("description", "A reverse hackathon")
                        .param("value", "0")
                        .param("date", "2099-03-02"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "rule"))
                .andExpect(content().string(containsString("must not be in the future")));
    }

    @Test
    void recordingAnOutcomeRedirectsWithTheMessage() throws Exception {
        mvc.perform(post(PAGE)
                        .with(SliceUsers.admin())
                        .with(csrf())
                        .param("type", "NEW_IDEA")
                        .param("description", "A reverse hackathon")
                        .param("value", "0")
                        .param("date", "2026-03-02")
                        .param("pairId", "12"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("outcome.recorded"));
        verify(outcomes)
                .record(
                        PROGRAM,
                        new OutcomeRequest(
                                OutcomeType.NEW_IDEA,
                                "A reverse hackathon",
                                new BigDecimal("0"),
                                LocalDate.of(2026, 3, 2),
                                12L),
                        SliceUsers.ADMIN);
    }

    @Test
    void removingAnOutcomeRedirectsWithTheMessage() throws Exception {
        mvc.perform(post(PAGE + "/3/delete").with(SliceUsers.admin()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("outcome.removed"));
        verify(outcomes).remove(PROGRAM, 3);
    }

    @Test
    void thePageIsForAdminsOnly() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE).with(SliceUsers.executive())).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(SliceUsers.participant())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(SliceUsers.participant()).with(csrf()).param("type", "NEW_IDEA"))
                .andExpect(status().isForbidden());
        verify(outcomes, never()).record(anyLong(), any(), anyString());
    }

    @Test
    void aPagePostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(PAGE).with(SliceUsers.admin()).param("type", "NEW_IDEA"))
                .andExpect(status().isForbidden());
        verify(outcomes, never()).record(anyLong(), any(), anyString());
    }

    @Test
    void theApiRefusesBadValuesWith422NamingTheFields() throws Exception {
        mvc.perform(post(API)
                        .with(SliceUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"A reverse hackathon\",\"value\":-5,\"date\":\"2026-03-02\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("type", "value")));
        verify(outcomes, never()).record(anyLong(), any(), anyString());
    }

    @Test
    void theApiRecordsAnOutcome() throws Exception {
        OutcomeRequest request = new OutcomeRequest(
                OutcomeType.NEW_IDEA, "A reverse hackathon", new BigDecimal("10"), LocalDate.of(2026, 3, 2), null);
        given(outcomes.record(PROGRAM, request, SliceUsers.ADMIN))
                .willReturn(new OutcomeView(
                        41,
                        PROGRAM,
                        OutcomeType.NEW_IDEA,
                        "A reverse hackathon",
                        new BigDecimal("10"),
                        LocalDate.of(2026, 3, 2),
                        null,
                        SliceUsers.ADMIN));

        mvc.perform(post(API)
                        .with(SliceUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"NEW_IDEA\",\"description\":\"A reverse hackathon\",\"value\":10,"
                                + "\"date\":\"2026-03-02\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(41))
                .andExpect(jsonPath("$.recordedBy").value(SliceUsers.ADMIN));
    }

    @Test
    void theApiIsForAdminsOnly() throws Exception {
        mvc.perform(get(API))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API).with(SliceUsers.executive()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(API)
                        .with(SliceUsers.participant())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        verify(outcomes, never()).list(anyLong());
    }
}
