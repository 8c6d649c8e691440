package org.upward.messaging.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/programs/{id}/message-templates")
@Tag(name = "Message templates", description = "The wording of the messages a program's people get")
class MessageTemplateApiController {

    private final MessageTemplateService templates;
    private final MessagePreviews previews;

    MessageTemplateApiController(MessageTemplateService templates, MessagePreviews previews) {
        this.templates = templates;
        this.previews = previews;
    }

    @Operation(
            summary = "Every kind of message of the program with its current subject and text",
            description = "The program's own wording where an admin edited it (edited: true), else the default;"
                    + " each with the placeholders it allows.")
    @GetMapping
    PageView<MessageTemplateView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Paging.slice(templates.list(id), page, size);
    }

    @Operation(summary = "One kind of message of the program")
    @GetMapping("/{kind}")
    MessageTemplateView get(@PathVariable long id, @PathVariable String kind) {
        return templates.get(id, MessageKindNotFoundException.parse(kind));
    }

    @Operation(
            summary = "Edit the program's subject and text of one kind of message",
            description = "Only the kind's placeholders, such as {firstName}; an unknown or malformed one is a 422"
                    + " naming the field and the placeholder, and nothing is stored.")
    @PutMapping("/{kind}")
    MessageTemplateView put(
            @PathVariable long id, @PathVariable String kind, @RequestBody MessageTemplateRequest request) {
        return templates.edit(id, MessageKindNotFoundException.parse(kind), request);
    }

    @Operation(summary = "Reset one kind of message of the program to the default wording")
    @DeleteMapping("/{kind}")
    MessageTemplateView reset(@PathVariable long id, @PathVariable String kind) {
        return templates.reset(id, MessageKindNotFoundException.parse(kind));
    }

    @Operation(
            summary = "Preview one kind of message as a participant of the program would get it",
            description = "For the participant with the given email, by default the program's first (or an example"
                    + " person when it has none); of the given subject and body, unsaved, or else the current ones."
                    + " bodyHtml is the text as an HTML page shows it, every value escaped.")
    @PostMapping("/{kind}/preview")
    MessagePreview preview(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestBody(required = false) MessagePreviewRequest request) {
        return previews.preview(
                id,
                MessageKindNotFoundException.parse(kind),
                request == null ? new MessagePreviewRequest(null, null, null) : request);
    }
}
