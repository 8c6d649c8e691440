package org.upward.guide.internal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.guide.TopicDirection;
import org.upward.guide.TopicView;
import org.upward.people.SkillCatalog;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.FormErrors;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.ListPage;
import org.upward.shared.Paging;

/** The admin's page of a program's conversation guides: the topics (paged), add, edit, retire and restore. */
@Controller
class TopicPageController {

    static final int PER_PAGE = 25;

    private final TopicAdmin topics;
    private final ProgramService programs;
    private final SkillCatalog catalog;

    TopicPageController(TopicAdmin topics, ProgramService programs, SkillCatalog catalog) {
        this.topics = topics;
        this.programs = programs;
        this.catalog = catalog;
    }

    @GetMapping("/admin/programs/{programId}/topics")
    String list(
            @PathVariable long programId,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal UpwardUser admin,
            Model model) {
        var shown = Paging.shown(page, PER_PAGE, p -> topics.list(programId, admin, p), v -> v.total());
        model.addAttribute("topics", new ListPage<>(shown.items(), shown.page(), PER_PAGE, shown.total()));
        return render(programId, new TopicForm(), null, model);
    }

    @PostMapping("/admin/programs/{programId}/topics")
    String add(
            @PathVariable long programId,
            @ModelAttribute("form") TopicForm form,
            BindingResult binding,
            @AuthenticationPrincipal UpwardUser admin,
            Model model,
            RedirectAttributes flash) {
        try {
            topics.add(programId, form.toRequest());
            Flash.success("guide.added").after(flash);
            return redirect(programId);
        } catch (InvalidFieldsException invalid) {
            FormErrors.reject(binding, invalid);
        }
        var shown = topics.list(programId, admin, Paging.request(0, PER_PAGE));
        model.addAttribute("topics", new ListPage<>(shown.items(), 0, PER_PAGE, shown.total()));
        return render(programId, form, null, model);
    }

    @GetMapping("/admin/programs/{programId}/topics/{topicId}")
    String edit(@PathVariable long programId, @PathVariable long topicId, Model model) {
        return render(programId, TopicForm.of(topic(programId, topicId)), topicId, model);
    }

    @PostMapping("/admin/programs/{programId}/topics/{topicId}")
    String save(
            @PathVariable long programId,
            @PathVariable long topicId,
            @ModelAttribute("form") TopicForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        topic(programId, topicId);
        try {
            topics.edit(topicId, form.toRequest());
            Flash.success("guide.saved").after(flash);
            return redirect(programId);
        } catch (InvalidFieldsException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ObjectOptimisticLockingFailureException stale) {
            Flash.problem("guide.error.stale").on(model);
            return render(programId, TopicForm.of(topic(programId, topicId)), topicId, model);
        }
        return render(programId, form, topicId, model);
    }

    @PostMapping("/admin/programs/{programId}/topics/{topicId}/retire")
    String retire(@PathVariable long programId, @PathVariable long topicId, RedirectAttributes flash) {
        topic(programId, topicId);
        topics.retire(topicId, true);
        Flash.success("guide.retired").after(flash);
        return redirect(programId);
    }

    @PostMapping("/admin/programs/{programId}/topics/{topicId}/restore")
    String restore(@PathVariable long programId, @PathVariable long topicId, RedirectAttributes flash) {
        topic(programId, topicId);
        topics.retire(topicId, false);
        Flash.success("guide.restored").after(flash);
        return redirect(programId);
    }

    private TopicView topic(long programId, long topicId) {
        TopicView topic = topics.get(topicId);
        if (topic.programId() != programId) {
            throw new TopicNotFoundException(topicId);
        }
        return topic;
    }

    private String render(long programId, TopicForm form, Long topicId, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("form", form);
        model.addAttribute("topicId", topicId);
        model.addAttribute("directions", TopicDirection.values());
        model.addAttribute("skills", catalog.active());
        return "guide/topics";
    }

    private static String redirect(long programId) {
        return "redirect:/admin/programs/" + programId + "/topics";
    }
}
