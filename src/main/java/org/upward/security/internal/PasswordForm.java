package org.upward.security.internal;

/** What the change-password form posts; an absent field is empty. */
record PasswordForm(String currentPassword, String newPassword, String confirmation) {

    PasswordForm {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        confirmation = confirmation == null ? "" : confirmation;
    }

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean confirmed() {
        return newPassword.equals(confirmation);
    }
}
