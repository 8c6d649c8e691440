package org.upward.outcome.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The admin page's outcome form; the same rules as the API's request. */
class OutcomeForm {

    @NotNull(message = "{outcome.error.chooseAType}")
    private OutcomeType type;

    @NotBlank(message = "{outcome.error.sayWhatHappened}")
    @Size(max = 2000, message = "{outcome.error.atMost2000Characters}")
    private String description;

    @NotNull(message = "{outcome.error.giveTheValue0WhenIt}")
    @DecimalMin(value = "0", message = "{outcome.error.mustNotBeNegative}")
    @Digits(integer = 12, fraction = 2, message = "{outcome.error.atMost12DigitsAnd2}")
    private BigDecimal value;

    @NotNull(message = "{outcome.error.giveTheDateItHappened}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private Long pairId;

    static OutcomeForm on(LocalDate today) {
        OutcomeForm form = new OutcomeForm();
        form.date = today;
        return form;
    }

    OutcomeRequest toRequest() {
        return new OutcomeRequest(type, description, value, date, pairId);
    }

    public OutcomeType getType() {
        return type;
    }

    public void setType(OutcomeType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getPairId() {
        return pairId;
    }

    public void setPairId(Long pairId) {
        this.pairId = pairId;
    }
}
