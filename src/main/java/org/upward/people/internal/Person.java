package org.upward.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.upward.people.People;

/** Someone in the company: the HR record that accounts, enrollments and pairs refer to. */
@Entity
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String name;

    private String department;

    private String jobTitle;

    private int jobLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    private LocalDate hireDate;

    private LocalDate leaveDate;

    @Enumerated(EnumType.STRING)
    private Generation generation;

    /** The identity provider's employee number (SCIM enterprise extension), when provisioned. */
    private String employeeNumber;

    /** The identity provider's own id for the person (SCIM {@code externalId}). */
    private String externalId;

    private Instant erasedAt;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt = Instant.now();

    protected Person() {}

    Person(String email, String name, String department, int jobLevel) {
        this.email = People.normalizeEmail(email);
        this.name = name;
        this.department = department;
        this.jobLevel = jobLevel;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = People.normalizeEmail(email);
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getDepartment() {
        return department;
    }

    void setDepartment(String department) {
        this.department = department;
    }

    String getJobTitle() {
        return jobTitle;
    }

    void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
        this.updatedAt = Instant.now();
    }

    int getJobLevel() {
        return jobLevel;
    }

    void setJobLevel(int jobLevel) {
        this.jobLevel = jobLevel;
    }

    Person getManager() {
        return manager;
    }

    void setManager(Person manager) {
        this.manager = manager;
        this.updatedAt = Instant.now();
    }

    LocalDate getHireDate() {
        return hireDate;
    }

    void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    LocalDate getLeaveDate() {
        return leaveDate;
    }

    void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    Generation getGeneration() {
        return generation;
    }

    void setGeneration(Generation generation) {
        this.generation = generation;
    }

    String getEmployeeNumber() {
        return employeeNumber;
    }

    void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    String getExternalId() {
        return externalId;
    }

    void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    Instant getErasedAt() {
        return erasedAt;
    }

    /** Replaces who they were by the pseudonym; the rest of the record (level, dates, department) keeps the counts. */
    void erase(ErasurePseudonym pseudonym, Instant now) {
        this.name = pseudonym.name();
        this.email = pseudonym.email();
        this.jobTitle = null;
        this.employeeNumber = null;
        this.externalId = null;
        this.erasedAt = now;
        this.updatedAt = now;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
