package org.upward.messaging.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.ProgramParticipants.Participant;
import org.upward.messaging.MessageKind;
import org.upward.messaging.MessageTemplates;
import org.upward.messaging.WrittenMessage;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * A message as one of the program's participants (its sponsor, for the sponsor's summaries) would get it, before it
 * is sent: with their name and the program's, and example values where only a sending module knows the real one
 * (the partner, the period, the results).
 */
@Service
class MessagePreviews {

    private final MessageTemplateService templates;
    private final ProgramService programs;
    private final ProgramParticipants participants;
    private final NoticeTexts texts;
    private final Clock clock;

    MessagePreviews(
            MessageTemplateService templates,
            ProgramService programs,
            ProgramParticipants participants,
            NoticeTexts texts,
            Clock clock) {
        this.templates = templates;
        this.programs = programs;
        this.participants = participants;
        this.texts = texts;
        this.clock = clock;
    }

    /** The preview of {@code kind}, of the texts given (checked as when saved) or else the current ones. */
    @Transactional(readOnly = true)
    public MessagePreview preview(long programId, MessageKind kind, MessagePreviewRequest request) {
        ProgramView program = programs.get(programId);
        MessageTemplateView current = templates.get(programId, kind);
        String subject = blank(request.subject()) ? current.subject() : request.subject();
        String body = blank(request.body()) ? current.body() : request.body();
        MessageTextRules.check(kind, subject, body);
        Participant to = kind.toSponsor() && blank(request.email()) && program.sponsorEmail() != null
                ? new Participant(0, program.sponsorEmail(), program.sponsorName(), null)
                : recipient(programId, request.email());
        boolean example = to == null;
        String name = example ? texts.of("messaging.example.name") : to.name();
        String email = example ? texts.of("messaging.example.email") : to.email();
        WrittenMessage message = templates.fill(subject, body, values(program, name));
        return new MessagePreview(kind, email, name, example, message.subject(), message.text(), message.html());
    }

    /** The participant with that email, else the program's first participant, else nobody (an example). */
    private Participant recipient(long programId, String email) {
        if (!blank(email)) {
            return participants
                    .find(programId, email.strip())
                    .orElseThrow(
                            () -> new InvalidFieldException("email", UiText.of("messaging.error.notAParticipant")));
        }
        List<Participant> all = participants.active(programId);
        return all.isEmpty() ? null : all.get(0);
    }

    private Map<String, String> values(ProgramView program, String name) {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", MessageTemplates.firstName(name));
        values.put("programName", program.name());
        values.put("startDate", texts.day(program.startDate()));
        values.put("endDate", texts.day(program.endDate()));
        values.put("partnerName", texts.of("messaging.example.partnerName"));
        values.put("partnerEmail", texts.of("messaging.example.partnerEmail"));
        values.put("applicantName", texts.of("messaging.example.applicantName"));
        values.put("periodEnd", texts.day(LocalDate.now(clock).plusWeeks(program.checkInCadenceWeeks())));
        LocalDate today = LocalDate.now(clock);
        values.put("lastSession", texts.day(today.minusWeeks(2L * program.checkInCadenceWeeks())));
        values.put("closesOn", texts.day(today.plusWeeks(2)));
        values.put("day", texts.day(today));
        values.put("phase", texts.of("messaging.example.phase"));
        values.put("surveyName", texts.of("messaging.example.surveyName"));
        values.put("results", texts.of("messaging.example.results"));
        values.put("link", "/participant");
        return values;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
