package org.upward.startup.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.upward.startup.MissingSettingException;

/** Turns a missing setting into a short start-up report instead of a stack trace. */
class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingException cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
