package org.upward.webhook.internal;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.upward.support.FlashMatchers.flashSuccess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.InvalidFieldException;
import org.upward.support.SliceUsers;
import org.upward.support.WebSlice;

/**
 * The webhook page and API in a web slice, with the module's own {@link WebhookAccessRules}: validation, the
 * messages after saving, removing and testing, who may reach them. The URL rule itself is WebhookAddressTest's and
 * sending is WebhookTest's (whole application).
 */
@WebSlice(controllers = {WebhookPageController.class, WebhookApiController.class})
@Import(WebhookAccessRules.class)
class WebhookWebSliceTest {

    private static final String PAGE = "/admin/programs/7/webhook";
    private static final String API = "/api/v1/programs/7/webhook";
    private static final String SLACK = "https://hooks.slack.com/services/T000/B000/XXXX";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgramWebhooks webhooks;

    @MockitoBean
    ProgramService programs;

    @BeforeEach
    void aProgramWithoutAWebhook() {
        given(programs.get(7))
                .willReturn(new ProgramView(
                        7,
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
        given(webhooks.find(7)).willReturn(Optional.empty());
        given(webhooks.deliveries(7)).willReturn(List.of());
    }

    @Test
    void theAdminSeesThePage() throws Exception {
        mvc.perform(get(PAGE).with(SliceUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("webhook/settings"))
                .andExpect(content().string(containsString("Pilot")));
    }

    @Test
    void aRefusedUrlIsAFieldErrorOnThePage() throws Exception {
        given(webhooks.set(7, "http://example.com/hook", true))
                .willThrow(new InvalidFieldException("url", "must be an https:// address"));

        mvc.perform(post(PAGE)
                        .with(SliceUsers.admin())
                        .with(csrf())
                        .param("url", "http://example.com/hook")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("webhook/settings"))
                .andExpect(model().attributeHasFieldErrorCode("form", "url", "rule"))
                .andExpect(content().string(containsString("must be an https:// address")));
    }

    @Test
    void savingRemovingAndTestingRedirectWithTheirMessages() throws Exception {
        mvc.perform(post(PAGE).with(SliceUsers.admin()).with(csrf()).param("url", SLACK))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("webhook.saved"));
        // an unticked box sends nothing: the webhook is saved paused
        verify(webhooks).set(7, SLACK, false);

        mvc.perform(post(PAGE + "/delete").with(SliceUsers.admin()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("webhook.removed"));
        verify(webhooks).clear(7);

        mvc.perform(post(PAGE + "/test").with(SliceUsers.admin()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("webhook.testQueued"));
        verify(webhooks).sendTest(7);
    }

    @Test
    void thePageIsForAdminsOnly() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE).with(SliceUsers.executive())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/test").with(SliceUsers.participant()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/delete").with(SliceUsers.admin())).andExpect(status().isForbidden());
        verify(webhooks, never()).sendTest(anyLong());
        verify(webhooks, never()).clear(anyLong());
    }

    @Test
    void theApiRefusesABlankUrlWith422NamingTheField() throws Exception {
        mvc.perform(put(API).with(SliceUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        verify(webhooks, never()).set(anyLong(), anyString(), anyBoolean());
    }

    @Test
    void theApiPassesOnTheServicesRefusalAs422NamingTheField() throws Exception {
        given(webhooks.set(7, "http://example.com/hook", true))
                .willThrow(new InvalidFieldException("url", "must be an https:// address"));

        mvc.perform(put(API).with(SliceUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://example.com/hook\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an https:// address"));
    }

    @Test
    void theApiAnswers404WithoutAWebhook() throws Exception {
        mvc.perform(get(API).with(SliceUsers.admin())).andExpect(status().isNotFound());
    }

    @Test
    void theApiIsForAdminsOnly() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get(API).with(SliceUsers.executive())).andExpect(status().isForbidden());
        mvc.perform(post(API + "/test").with(SliceUsers.participant())).andExpect(status().isForbidden());
        verify(webhooks, never()).sendTest(anyLong());
    }
}
