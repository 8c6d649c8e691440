package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.upward.pairing.PairHealth;
import org.upward.security.UpwardUser;
import org.upward.sessions.ActivityStatus;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

/** The admin's status board as data, with each pair's health, and "keep this pair". */
@RestController
@Tag(name = "Sessions", description = "A pair's shared session log and each partner's feedback")
class PairHealthApiController {

    private final PairStatusBoard board;
    private final KeepPairs keep;

    PairHealthApiController(PairStatusBoard board, KeepPairs keep) {
        this.board = board;
        this.keep = keep;
    }

    @Operation(summary = "A program's status board: each agreed pair's activity status and health")
    @GetMapping("/api/v1/programs/{id}/status-board")
    PageView<PairStatusBoard.Row> board(
            @PathVariable long id,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) PairHealth health,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(board.rows(id, status, health), page, size);
    }

    @Operation(summary = "Keep a quiet pair: counts as activity today, so it does not close for inactivity")
    @PostMapping("/api/v1/pairs/{id}/keep")
    KeepPairs.Kept keep(@PathVariable long id, @AuthenticationPrincipal UpwardUser admin) {
        return keep.keep(id, admin);
    }
}
