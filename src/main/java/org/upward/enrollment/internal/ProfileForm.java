package org.upward.enrollment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.WorkStyle;

/** The participant's profile form: a few skill rows (blank ones ignored), interests as one line of text. */
record ProfileForm(
        List<OfferRow> offered,
        List<WishRow> wanted,
        String interests,
        WorkStyle workStyle,
        MeetingPreference meetingPreference,
        Integer capacity,
        long version) {

    static final int ROWS = 6;

    record OfferRow(String skill, Integer level) {}

    record WishRow(String skill, Integer currentLevel, Priority priority) {}

    EnrollmentDraft toDraft() {
        return new EnrollmentDraft(
                null,
                null,
                rows(offered).stream()
                        .filter(row -> row != null && notBlank(row.skill()))
                        .map(row -> new EnrollmentDraft.OfferedSkill(row.skill(), row.level()))
                        .toList(),
                rows(wanted).stream()
                        .filter(row -> row != null && notBlank(row.skill()))
                        .map(row -> new EnrollmentDraft.WantedSkill(row.skill(), row.currentLevel(), row.priority()))
                        .toList(),
                interests == null ? List.of() : Arrays.asList(interests.split("[,;]")),
                workStyle,
                meetingPreference,
                capacity);
    }

    static ProfileForm of(EnrollmentView view) {
        List<OfferRow> offers = view.skillsOffered().stream()
                .map(o -> new OfferRow(o.skill(), o.level()))
                .toList();
        List<WishRow> wishes = view.skillsWanted().stream()
                .map(w -> new WishRow(w.skill(), w.currentLevel(), w.priority()))
                .toList();
        return new ProfileForm(
                padded(offers, new OfferRow(null, null)),
                padded(wishes, new WishRow(null, null, null)),
                String.join(", ", view.interests()),
                view.workStyle(),
                view.meetingPreference(),
                view.capacity(),
                view.version());
    }

    ProfileForm padded() {
        return new ProfileForm(
                padded(rows(offered).stream().filter(Objects::nonNull).toList(), new OfferRow(null, null)),
                padded(rows(wanted).stream().filter(Objects::nonNull).toList(), new WishRow(null, null, null)),
                interests,
                workStyle,
                meetingPreference,
                capacity,
                version);
    }

    private static <T> List<T> padded(List<T> rows, T blank) {
        List<T> all = new java.util.ArrayList<>(rows);
        while (all.size() < ROWS) {
            all.add(blank);
        }
        return all;
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
