package org.upward.timezone.internal;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.upward.support.FlashMatchers.flashSuccess;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.upward.shared.InvalidFieldException;
import org.upward.support.SliceUsers;
import org.upward.support.WebSlice;

/**
 * The time zone page in a web slice, with the module's {@link TimeZoneAccessRules} and the real
 * {@link ZonedMoments} the page shows "now" with; the settings (PostgreSQL) are mocked. TimeZoneTest covers what is
 * stored and how every page then shows moments (whole application).
 */
@WebSlice(controllers = TimeZonePageController.class)
@Import({TimeZoneAccessRules.class, ZonedMoments.class})
class TimeZoneWebSliceTest {

    private static final String PAGE = "/account/time-zone";
    private static final String MENTEE = "mentee@slice.test";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TimeZoneSettings settings;

    @BeforeEach
    void zones() {
        given(settings.organisationDefault()).willReturn(ZoneId.of("Europe/Paris"));
        given(settings.choices()).willReturn(List.of("Asia/Tokyo", "Europe/Paris"));
        given(settings.zoneOf(anyString())).willReturn(ZoneId.of("Asia/Tokyo"));
        given(settings.chosenBy(MENTEE)).willReturn(Optional.of(ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void anyoneSignedInSeesTheirChoiceAndNowInTheirZone() throws Exception {
        mvc.perform(get(PAGE).with(SliceUsers.participant()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("chosen", "Asia/Tokyo"))
                .andExpect(content().string(containsString("Asia/Tokyo")))
                .andExpect(content().string(containsString("JST")));
        mvc.perform(get(PAGE).with(SliceUsers.executive())).andExpect(status().isOk());
        mvc.perform(get(PAGE).with(SliceUsers.admin())).andExpect(status().isOk());
    }

    @Test
    void anUnknownZoneIsShownNextToTheFieldWith422() throws Exception {
        given(settings.choose(MENTEE, "Mars/Olympus"))
                .willThrow(new InvalidFieldException("timeZone", "'Mars/Olympus' is not a time zone"));

        mvc.perform(post(PAGE).with(SliceUsers.participant()).with(csrf()).param("timeZone", "Mars/Olympus"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "rule"))
                .andExpect(content().string(containsString("&#39;Mars/Olympus&#39; is not a time zone")))
                .andExpect(content().string(containsString("id=\"timeZone-error\"")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void choosingAZoneOrTheDefaultRedirectsWithItsMessage() throws Exception {
        given(settings.choose(MENTEE, "Asia/Tokyo")).willReturn(Optional.of(ZoneId.of("Asia/Tokyo")));
        given(settings.choose(MENTEE, "")).willReturn(Optional.empty());

        mvc.perform(post(PAGE).with(SliceUsers.participant()).with(csrf()).param("timeZone", "Asia/Tokyo"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("timezone.saved"));
        mvc.perform(post(PAGE).with(SliceUsers.participant()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flashSuccess("timezone.savedDefault"));
    }

    @Test
    void signedOutPeopleAreSentToTheLoginPage() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post(PAGE).with(csrf()).param("timeZone", "Asia/Tokyo"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post(PAGE).with(SliceUsers.participant()).param("timeZone", "Asia/Tokyo"))
                .andExpect(status().isForbidden());
        verify(settings, never()).choose(anyString(), anyString());
    }
}
