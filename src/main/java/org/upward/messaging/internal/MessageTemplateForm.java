package org.upward.messaging.internal;

/** The edit form of one kind of message: its subject and text, and whom to preview it for. */
class MessageTemplateForm {

    private String subject = "";
    private String body = "";
    private String email = "";

    static MessageTemplateForm of(MessageTemplateView current, String email) {
        MessageTemplateForm form = new MessageTemplateForm();
        form.subject = current.subject();
        form.body = current.body();
        form.email = email == null ? "" : email;
        return form;
    }

    MessageTemplateRequest request() {
        return new MessageTemplateRequest(subject, body);
    }

    MessagePreviewRequest preview() {
        return new MessagePreviewRequest(email, subject, body);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
