package org.upward.survey;

import java.time.LocalDate;
import java.util.List;

/** A wave's aggregate results per group; empty until the wave has closed. */
public record WaveResults(
        String wave, LocalDate opensOn, LocalDate closesOn, WaveStatus status, List<GroupResults> groups) {}
