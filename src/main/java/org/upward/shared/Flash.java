package org.upward.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page tells the user what just happened: a success or a problem, as a message key with its
 * arguments, or as a text already in words (a rule exception's message). Kept in the flash scope across a
 * redirect, or in the model when the page re-renders; {@code fragments/flash.html :: messages} shows them.
 */
public record Flash(boolean problem, String key, List<Object> args, String text) implements Serializable {

    /** The model and flash attribute holding this request's messages, in the order they were added. */
    public static final String ATTRIBUTE = "flashes";

    public static Flash success(String key, Object... args) {
        return new Flash(false, key, List.of(args), null);
    }

    public static Flash problem(String key, Object... args) {
        return new Flash(true, key, List.of(args), null);
    }

    public static Flash problemText(String text) {
        return new Flash(true, null, List.of(), text);
    }

    public static Flash successText(String text) {
        return new Flash(false, null, List.of(), text);
    }

    /** Shows this message on the page the redirect leads to. */
    public void after(RedirectAttributes redirect) {
        add(redirect.getFlashAttributes(), redirect::addFlashAttribute);
    }

    /** Shows this message on the page being rendered now. */
    public void on(Model model) {
        add(model.asMap(), model::addAttribute);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    @SuppressWarnings("unchecked")
    private void add(Map<String, ?> attributes, BiConsumer<String, Object> put) {
        List<Flash> flashes = new ArrayList<>();
        if (attributes.get(ATTRIBUTE) instanceof List<?> earlier) {
            flashes.addAll((List<Flash>) earlier);
        }
        flashes.add(this);
        put.accept(ATTRIBUTE, flashes);
    }
}
