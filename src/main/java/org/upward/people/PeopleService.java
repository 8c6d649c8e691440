package org.upward.people;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people directory's public face. */
@Service
public class PeopleService {

    private final PersonRepository people;

    PeopleService(PersonRepository people) {
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(String email) {
        return people.findByEmail(Person.normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public Person getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new PersonNotFoundException(email));
    }

    /** Returns the person with that email, registering them first if they are not known yet. */
    @Transactional
    public Person registerIfAbsent(NewPerson details) {
        return findByEmail(details.email()).orElseGet(() -> {
            Person person = new Person(details.email(), details.name(), details.department(), details.jobLevel());
            person.setJobTitle(details.jobTitle());
            return people.save(person);
        });
    }
}
