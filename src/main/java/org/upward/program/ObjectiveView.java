package org.upward.program;

import java.util.List;

/** One objective of a program as the API and pages show it. */
public record ObjectiveView(String statement, List<String> focusSkills, String outcomeMeasure) {}
