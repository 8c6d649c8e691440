package org.upward.people;

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
import java.util.Locale;

/** Someone in the company: the HR record that accounts, enrollments and pairs refer to. */
@Entity
public class Person {

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

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt = Instant.now();

    protected Person() {}

    public Person(String email, String name, String department, int jobLevel) {
        this.email = normalizeEmail(email);
        this.name = name;
        this.department = department;
        this.jobLevel = jobLevel;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = normalizeEmail(email);
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    void setDepartment(String department) {
        this.department = department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
        this.updatedAt = Instant.now();
    }

    public int getJobLevel() {
        return jobLevel;
    }

    void setJobLevel(int jobLevel) {
        this.jobLevel = jobLevel;
    }

    public Person getManager() {
        return manager;
    }

    public void setManager(Person manager) {
        this.manager = manager;
        this.updatedAt = Instant.now();
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    public Generation getGeneration() {
        return generation;
    }

    public void setGeneration(Generation generation) {
        this.generation = generation;
    }

    public long getVersion() {
        return version;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
