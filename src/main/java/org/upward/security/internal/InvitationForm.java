package org.upward.security.internal;

/** The password an invited person chooses on their link page, typed twice; an absent field is empty. */
record InvitationForm(String password, String confirmation) {

    InvitationForm {
        password = password == null ? "" : password;
        confirmation = confirmation == null ? "" : confirmation;
    }

    static InvitationForm empty() {
        return new InvitationForm("", "");
    }

    boolean confirmed() {
        return password.equals(confirmation);
    }
}
