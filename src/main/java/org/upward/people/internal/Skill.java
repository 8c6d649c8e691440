package org.upward.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.upward.people.SkillCategory;
import org.upward.people.SkillView;

/** A skill of the catalog that people offer, want and are assessed on. A retired skill stays on history. */
@Entity
class Skill {

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

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    SkillCategory getCategory() {
        return category;
    }

    boolean isRetired() {
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

    SkillView view() {
        return new SkillView(id, name, category, retired, version);
    }
}
