package org.upward.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.intake.ApplicationRequest;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.ApplicationView;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

/** Applying to a program, the admins' list and decisions, the applicant's withdrawal and the manager's say. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Intake and applications")
class ApplicationApiController {

    record DeclineRequest(String reason) {}

    record AcceptancesRequest(List<Long> ids) {}

    record ManagerApprovalRequest(Boolean approve, String reason) {}

    private final ApplicationService applications;
    private final ApplicationReads reads;
    private final ApplicationDecisions decisions;
    private final ApplicationStore store;
    private final ProgramService programs;
    private final BulkAcceptance bulk;

    ApplicationApiController(
            ApplicationService applications,
            ApplicationReads reads,
            ApplicationDecisions decisions,
            ApplicationStore store,
            ProgramService programs,
            BulkAcceptance bulk) {
        this.programs = programs;
        this.bulk = bulk;
        this.reads = reads;
        this.applications = applications;
        this.decisions = decisions;
        this.store = store;
    }

    @Operation(summary = "Apply to a program as mentor or mentee (a signed-in person in the directory)")
    @PostMapping("/programs/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView apply(
            @PathVariable long id, @RequestBody ApplicationRequest request, @AuthenticationPrincipal UpwardUser user) {
        return applications.apply(id, user.email(), request);
    }

    @Operation(summary = "List a program's applications, in the order they came (admin)")
    @GetMapping("/programs/{id}/applications")
    PageView<ApplicationView> list(
            @PathVariable long id,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        programs.get(id);
        var request = Paging.request(page, size);
        List<ApplicationView> rows = store.page(id, status, (int) request.getOffset(), size).stream()
                .map(ApplicationRow::view)
                .toList();
        return new PageView<>(rows, page, size, store.count(id, status));
    }

    @Operation(summary = "The caller's own applications")
    @GetMapping("/me/applications")
    List<ApplicationView> mine(@AuthenticationPrincipal UpwardUser user) {
        return reads.mine(user.email());
    }

    @Operation(summary = "Accept an application: the applicant is enrolled with their profile (admin)")
    @PostMapping("/applications/{id}/accept")
    ApplicationView accept(@PathVariable long id) {
        return decisions.accept(id);
    }

    @Operation(
            summary = "Accept several applications of a program at once (admin): each is accepted on its own, "
                    + "and each refusal is reported with its reason")
    @PostMapping("/programs/{id}/applications/acceptances")
    BulkAcceptance.Outcome acceptMany(@PathVariable long id, @RequestBody AcceptancesRequest request) {
        programs.get(id);
        return bulk.accept(id, request == null ? null : request.ids());
    }

    @Operation(summary = "Decline an application with a reason (admin)")
    @PostMapping("/applications/{id}/decline")
    ApplicationView decline(@PathVariable long id, @RequestBody(required = false) DeclineRequest request) {
        return decisions.decline(id, request == null ? null : request.reason());
    }

    @Operation(summary = "Put a pending application on the waiting list (admin)")
    @PostMapping("/applications/{id}/waitlist")
    ApplicationView waitlist(@PathVariable long id) {
        return decisions.waitlist(id);
    }

    @Operation(summary = "Withdraw one's own application (the applicant)")
    @PostMapping("/applications/{id}/withdrawal")
    ApplicationView withdraw(@PathVariable long id, @AuthenticationPrincipal UpwardUser user) {
        return applications.withdraw(id, user.email());
    }

    @Operation(summary = "Approve or decline an application as the applicant's manager")
    @PostMapping("/applications/{id}/manager-approval")
    ApplicationView managerApproval(
            @PathVariable long id,
            @RequestBody ManagerApprovalRequest request,
            @AuthenticationPrincipal UpwardUser user) {
        return decisions.managerDecision(id, user.email(), Boolean.TRUE.equals(request.approve()), request.reason());
    }
}
