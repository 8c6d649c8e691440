package org.upward.webhook.internal;

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
class WebhookApiController {

    private final ProgramWebhooks webhooks;

    WebhookApiController(ProgramWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    WebhookView get(@PathVariable long programId) {
        return webhooks.find(programId).orElseThrow(() -> new WebhookNotFoundException(programId));
    }

    @PutMapping
    WebhookView set(@PathVariable long programId, @Valid @RequestBody WebhookRequest request) {
        return webhooks.set(programId, request.url(), request.enabled() == null || request.enabled());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable long programId) {
        webhooks.clear(programId);
    }

    @PostMapping("/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void test(@PathVariable long programId) {
        webhooks.sendTest(programId);
    }

    @GetMapping("/deliveries")
    List<DeliveryView> deliveries(@PathVariable long programId) {
        return webhooks.deliveries(programId);
    }
}
