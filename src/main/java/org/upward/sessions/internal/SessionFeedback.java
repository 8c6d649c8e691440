package org.upward.sessions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.upward.sessions.FeedbackRequest;

/**
 * A partner's feedback on one session. The private reflection is only ever read by its author: views for
 * anyone else are built from {@link #shared()} which leaves it out.
 */
@Entity
@Table(name = "session_feedback")
class SessionFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sessionId;

    private long authorId;

    private int rating;

    @Column(columnDefinition = "text")
    private String learned;

    private boolean learnedShareable;

    @Column(columnDefinition = "text")
    private String taught;

    @Column(columnDefinition = "text")
    private String privateReflection;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected SessionFeedback() {}

    SessionFeedback(long sessionId, long authorId, Instant now) {
        this.sessionId = sessionId;
        this.authorId = authorId;
        this.createdAt = now;
    }

    void change(FeedbackRequest request, Instant now) {
        rating = request.rating();
        learned = blankToNull(request.learned());
        learnedShareable = learned != null && Boolean.TRUE.equals(request.shareLearned());
        taught = blankToNull(request.taught());
        privateReflection = blankToNull(request.privateReflection());
        updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What the partner and admins may see: everything but the private reflection. */
    FeedbackView shared(String authorEmail, String authorName) {
        return new FeedbackView(authorEmail, authorName, rating, learned, taught);
    }

    /** The author's own view, with their private reflection. */
    MyFeedbackView forAuthor() {
        return new MyFeedbackView(sessionId, rating, learned, learnedShareable, taught, privateReflection, version);
    }

    long getSessionId() {
        return sessionId;
    }

    long getAuthorId() {
        return authorId;
    }
}
