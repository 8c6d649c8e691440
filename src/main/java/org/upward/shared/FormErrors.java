package org.upward.shared;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a service's rule violations next to the form fields they concern, so the page re-renders with them. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, InvalidFieldsException refused) {
        for (FieldProblem problem : refused.problems()) {
            reject(errors, problem.field(), problem.message());
        }
    }

    public static void reject(BindingResult errors, InvalidFieldException refused) {
        reject(errors, refused.field(), refused.getMessage());
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field != null && errors.getTarget() != null && hasField(errors, field)) {
            errors.rejectValue(field, "rule", message);
        } else {
            errors.reject("rule", message);
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        return new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
    }
}
