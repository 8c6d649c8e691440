package org.upward.webhook.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A program's chat webhook and its delivery log, for admins. */
@RestController
@RequestMapping("/api/v1/programs/{programId}/webhook")
@Tag(name = "Webhooks", description = "A program's chat webhook and its delivery log (admins only)")
class WebhookApiController {

    private final ProgramWebhooks webhooks;

    WebhookApiController(ProgramWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Show a program's chat webhook")
    @GetMapping
    WebhookView get(@PathVariable long programId) {
        return webhooks.find(programId).orElseThrow(() -> new WebhookNotFoundException(programId));
    }

    @Operation(summary = "Set a program's chat webhook")
    @PutMapping
    WebhookView set(@PathVariable long programId, @Valid @RequestBody WebhookRequest request) {
        return webhooks.set(programId, request.url(), request.enabled() == null || request.enabled());
    }

    @Operation(summary = "Remove a program's chat webhook")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable long programId) {
        webhooks.clear(programId);
    }

    @Operation(summary = "Send a test message to a program's webhook")
    @PostMapping("/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void test(@PathVariable long programId) {
        webhooks.sendTest(programId);
    }

    @Operation(summary = "List a program's webhook deliveries")
    @GetMapping("/deliveries")
    List<DeliveryView> deliveries(@PathVariable long programId) {
        return webhooks.deliveries(programId);
    }
}
