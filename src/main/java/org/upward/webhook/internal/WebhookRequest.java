package org.upward.webhook.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The API's body to set a program's webhook; {@code enabled} defaults to true. */
record WebhookRequest(@NotBlank @Size(max = 2000) String url, Boolean enabled) {}
