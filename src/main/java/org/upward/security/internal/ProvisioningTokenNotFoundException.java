package org.upward.security.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

class ProvisioningTokenNotFoundException extends NotFoundException {

    ProvisioningTokenNotFoundException(long id) {
        super(UiText.of("provisioning.error.noLiveToken", id));
    }
}
