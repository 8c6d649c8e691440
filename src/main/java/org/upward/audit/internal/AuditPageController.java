package org.upward.audit.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.upward.program.ProgramService;
import org.upward.shared.Paging;
import org.upward.timezone.Moments;

/** The audit log page: newest first, 50 a page, filtered by action, actor, program and days. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final ProgramService programs;
    private final Moments moments;

    AuditPageController(AuditLog log, ProgramService programs, Moments moments) {
        this.log = log;
        this.programs = programs;
        this.moments = moments;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) Long programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditAction chosen = parse(action);
        AuditFilter filter = new AuditFilter(chosen, actor, programId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", List.of(AuditAction.values()));
        model.addAttribute("programs", programs.list(PageRequest.of(0, 500)).getContent());
        model.addAttribute(
                "entries",
                Paging.shown(
                        page,
                        PAGE_SIZE,
                        request -> log.search(filter, moments.zone(), request),
                        Page::getTotalElements));
        return "audit/list";
    }

    /** An unknown or empty action shows every action rather than an error: it is a filter, not a command. */
    private static AuditAction parse(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
