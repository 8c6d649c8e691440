package org.upward.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A skill of the catalog that people offer, want and are assessed on. A retired skill stays on history. */
@Entity
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SkillCategory category;

    private boolean retired;

    @Version
    private long version;

    protected Skill() {}

    Skill(String name, SkillCategory category) {
        this.name = name;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SkillCategory getCategory() {
        return category;
    }

    public boolean isRetired() {
        return retired;
    }

    long getVersion() {
        return version;
    }

    void rename(String name, SkillCategory category) {
        this.name = name;
        this.category = category;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }
}
