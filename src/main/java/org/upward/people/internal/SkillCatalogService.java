package org.upward.people.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.NewSkill;
import org.upward.people.SkillAdded;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillChanged;
import org.upward.people.SkillView;
import org.upward.people.SkillsMerged;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** The skill catalog: list, add, rename, retire and merge duplicates. */
@Service
class SkillCatalogService implements SkillCatalog {

    private final SkillRepository skills;
    private final ApplicationEventPublisher events;

    SkillCatalogService(SkillRepository skills, ApplicationEventPublisher events) {
        this.skills = skills;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Page<SkillView> list(Pageable pageable) {
        return skills.findAllByOrderByCategoryAscNameAsc(pageable).map(Skill::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SkillView> all() {
        return skills.findAllByOrderByCategoryAscNameAsc(Pageable.unpaged())
                .map(Skill::view)
                .getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SkillView> active() {
        return skills.findByRetiredFalseOrderByCategoryAscNameAsc().stream()
                .map(Skill::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SkillView> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return skills.findByLowerName(tidy(name)).stream().findFirst().map(Skill::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SkillView> byIds(Collection<Long> ids) {
        Map<Long, SkillView> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            skills.findByIdInOrderByNameAsc(Set.copyOf(ids)).forEach(skill -> found.put(skill.getId(), skill.view()));
        }
        return found;
    }

    @Override
    @Transactional
    public SkillView add(NewSkill request) {
        String name = tidy(request.name());
        requireFreeName(name, null);
        Skill added = skills.save(new Skill(name, request.category()));
        events.publishEvent(new SkillAdded(added.getId(), added.getName()));
        return added.view();
    }

    @Transactional
    SkillView change(long id, SkillChange change) {
        Skill skill = find(id);
        if (skill.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(Skill.class, id);
        }
        String name = tidy(change.name());
        requireFreeName(name, id);
        boolean wasRetired = skill.isRetired();
        skill.rename(name, change.category());
        skill.setRetired(change.retired());
        Skill saved = skills.saveAndFlush(skill);
        events.publishEvent(new SkillChanged(saved.getId(), saved.getName(), wasRetired, saved.isRetired()));
        return saved.view();
    }

    /** Moves every use of the duplicate onto the target, then deletes the duplicate. */
    @Transactional
    SkillView merge(long duplicateId, long targetId) {
        if (duplicateId == targetId) {
            throw new ConflictException(
                    UiText.of("people.conflict.cannotMerge"), UiText.of("people.error.aSkillCannotBeMergedInto"));
        }
        Skill duplicate = find(duplicateId);
        Skill target = find(targetId);
        if (target.isRetired()) {
            throw new ConflictException(
                    UiText.of("people.conflict.cannotMerge"),
                    UiText.of("people.error.isRetiredMergeIntoASkill", target.getName()));
        }
        events.publishEvent(new SkillsMerged(duplicate.getId(), target.getId()));
        skills.delete(duplicate);
        skills.flush();
        return target.view();
    }

    private Skill find(long id) {
        return skills.findById(id).orElseThrow(() -> new SkillNotFoundException(id));
    }

    private void requireFreeName(String name, Long ownId) {
        skills.findByNameIgnoreCase(name)
                .filter(existing -> !existing.getId().equals(ownId))
                .ifPresent(existing -> {
                    throw new ConflictException(
                            UiText.of("people.conflict.duplicateSkill"),
                            UiText.of("people.error.theCatalogAlreadyHasASkill", existing.getName()));
                });
    }

    private static String tidy(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }
}
