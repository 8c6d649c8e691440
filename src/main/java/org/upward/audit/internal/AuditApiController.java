package org.upward.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

/** The audit log for admins, newest first. */
@RestController
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @Operation(summary = "Search the audit log")
    @GetMapping("/api/v1/audit")
    PageView<AuditEntry> list(
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) Long programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageView.of(log.search(new AuditFilter(action, actor, programId, from, to), Paging.request(page, size)));
    }
}
