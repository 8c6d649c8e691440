package org.upward.enrollment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.upward.enrollment.EnrollmentStatus;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Side;
import org.upward.enrollment.SkillWish;
import org.upward.enrollment.WorkStyle;

/** A person's profile in one program. */
@Entity
class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programId;

    private long personId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Enumerated(EnumType.STRING)
    private WorkStyle workStyle;

    @Enumerated(EnumType.STRING)
    private MeetingPreference meetingPreference = MeetingPreference.EITHER;

    private int capacity = 1;

    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status = EnrollmentStatus.ACCEPTED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_skill_offered", joinColumns = @JoinColumn(name = "enrollment_id"))
    private Set<SkillOffer> skillsOffered = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_skill_wanted", joinColumns = @JoinColumn(name = "enrollment_id"))
    private Set<SkillWish> skillsWanted = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_interest", joinColumns = @JoinColumn(name = "enrollment_id"))
    @Column(name = "tag")
    private Set<String> interests = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant updatedAt;

    protected Enrollment() {}

    Enrollment(long programId, long personId, Side side, Instant now) {
        this.programId = programId;
        this.personId = personId;
        this.side = side;
        this.updatedAt = now;
    }

    void apply(EnrollmentProfile profile, Instant now) {
        skillsOffered.clear();
        skillsWanted.clear();
        interests.clear();
        if (side == Side.MENTOR) {
            skillsOffered.addAll(profile.skillsOffered());
            capacity = profile.capacity();
        } else {
            skillsWanted.addAll(profile.skillsWanted());
            capacity = 1;
        }
        interests.addAll(profile.interests());
        workStyle = profile.workStyle();
        meetingPreference = profile.meetingPreference();
        updatedAt = now;
    }

    /** A profile is complete when the pairing has what it needs: a work style and skills for the side. */
    boolean isComplete() {
        boolean skills = side == Side.MENTOR ? !skillsOffered.isEmpty() : !skillsWanted.isEmpty();
        return workStyle != null && skills;
    }

    void withdraw(Instant now) {
        status = EnrollmentStatus.WITHDRAWN;
        updatedAt = now;
    }

    void reinstate(Instant now) {
        status = EnrollmentStatus.ACCEPTED;
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    long getPersonId() {
        return personId;
    }

    Side getSide() {
        return side;
    }

    WorkStyle getWorkStyle() {
        return workStyle;
    }

    MeetingPreference getMeetingPreference() {
        return meetingPreference;
    }

    int getCapacity() {
        return capacity;
    }

    EnrollmentStatus getStatus() {
        return status;
    }

    Set<SkillOffer> getSkillsOffered() {
        return skillsOffered;
    }

    Set<SkillWish> getSkillsWanted() {
        return skillsWanted;
    }

    Set<String> getInterests() {
        return interests;
    }

    long getVersion() {
        return version;
    }
}
