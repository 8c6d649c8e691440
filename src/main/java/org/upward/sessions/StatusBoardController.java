package org.upward.sessions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's pair status board of a program, filterable by status. */
@Controller
class StatusBoardController {

    private final StatusBoard board;

    StatusBoardController(StatusBoard board) {
        this.board = board;
    }

    @GetMapping("/admin/programs/{id}/status")
    String board(@PathVariable long id, @RequestParam(required = false) ActivityStatus status, Model model) {
        model.addAttribute("board", board.board(id, status));
        model.addAttribute("selected", status);
        model.addAttribute("statuses", ActivityStatus.values());
        return "sessions/board";
    }
}
