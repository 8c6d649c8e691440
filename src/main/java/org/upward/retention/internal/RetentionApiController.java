package org.upward.retention.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention-policy")
@Tag(name = "Retention", description = "How long each kind of personal data is kept")
class RetentionApiController {

    private final RetentionPolicyService policy;

    RetentionApiController(RetentionPolicyService policy) {
        this.policy = policy;
    }

    @Operation(summary = "Read the retention policy")
    @GetMapping
    RetentionPolicyView get() {
        return policy.view();
    }

    @Operation(summary = "Change the retention policy (all kinds at once; audited)")
    @PutMapping
    RetentionPolicyView put(@RequestBody RetentionPolicyRequest request) {
        return policy.change(request);
    }
}
