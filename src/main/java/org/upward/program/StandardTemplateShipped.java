package org.upward.program;

import java.time.LocalDate;

/**
 * The template that ships with Upward ("Reverse mentoring — standard") was created, once per installation, with its
 * objectives, matching and assessment settings. Published in the creating transaction so that the modules owning the
 * template's other parts add their standard ones under {@code templateId}, dated from {@code startDate}: the survey
 * plan (BASELINE, MONTH_6, MONTH_12) and the intake form. The agreement template and the conversation topics are the
 * ones that ship with every program.
 */
public record StandardTemplateShipped(long templateId, LocalDate startDate, LocalDate endDate) {}
