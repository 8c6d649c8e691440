package org.upward.intake.internal;

import org.upward.enrollment.Side;
import org.upward.intake.EligibilityRule;
import org.upward.intake.IntakeSettings;

/** One side's block of the intake page: whether it is open, its places and who may apply. */
class IntakeSideForm {

    private boolean open;
    private Integer places;
    private Integer minJobLevel;
    private Integer maxJobLevel;
    private String departments;
    private Integer minTenureMonths;

    static IntakeSideForm of(IntakeSettings s, Side side) {
        IntakeSideForm form = new IntakeSideForm();
        form.open = s.sides().contains(side);
        form.places = s.places().get(side);
        EligibilityRule rule = s.eligibility().get(side);
        if (rule != null) {
            form.minJobLevel = rule.minJobLevel();
            form.maxJobLevel = rule.maxJobLevel();
            form.departments = String.join(", ", rule.departments());
            form.minTenureMonths = rule.minTenureMonths();
        }
        return form;
    }

    EligibilityRule rule() {
        return new EligibilityRule(minJobLevel, maxJobLevel, IntakeForm.list(departments), minTenureMonths);
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Integer getMinJobLevel() {
        return minJobLevel;
    }

    public void setMinJobLevel(Integer minJobLevel) {
        this.minJobLevel = minJobLevel;
    }

    public Integer getMaxJobLevel() {
        return maxJobLevel;
    }

    public void setMaxJobLevel(Integer maxJobLevel) {
        this.maxJobLevel = maxJobLevel;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public Integer getMinTenureMonths() {
        return minTenureMonths;
    }

    public void setMinTenureMonths(Integer minTenureMonths) {
        this.minTenureMonths = minTenureMonths;
    }
}
