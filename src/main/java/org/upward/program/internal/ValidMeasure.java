package org.upward.program.internal;

import java.util.List;
import org.upward.program.ObjectiveMeasure;

/** An objective's measure that passed {@link MeasureRules}, with its skills' ids. */
record ValidMeasure(ObjectiveMeasure measure, List<Long> skillIds) {}
