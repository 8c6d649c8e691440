package org.upward.people;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Short lists of people for pickers in other features (e.g. choosing a program sponsor). */
@Service
public class PersonLookup {

    /** A person as a picker shows them. */
    public record PersonChoice(String email, String name, String jobTitle) {}

    private final EntityManager entities;

    PersonLookup(EntityManager entities) {
        this.entities = entities;
    }

    /** The most senior people first, at most {@code limit}: sponsors are usually executives. */
    @Transactional(readOnly = true)
    public List<PersonChoice> mostSenior(int limit) {
        return entities.createQuery(
                        "select p from Person p where p.leaveDate is null order by p.jobLevel desc, p.name",
                        Person.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(p -> new PersonChoice(p.getEmail(), p.getName(), p.getJobTitle()))
                .toList();
    }
}
