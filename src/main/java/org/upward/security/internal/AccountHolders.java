package org.upward.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;

/** Accounts with the person each one is for, from the people directory: by email, or for a whole list at once. */
@Component
class AccountHolders {

    /** An account and its person. */
    record Held(Account account, PersonRef person) {}

    private final AccountRepository accounts;
    private final People people;

    AccountHolders(AccountRepository accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    Optional<Held> byEmail(String email) {
        return people.findByEmail(email)
                .flatMap(person -> accounts.findByPersonId(person.id()).map(account -> new Held(account, person)));
    }

    PersonRef personOf(Account account) {
        return people.byIds(List.of(account.getPersonId())).get(account.getPersonId());
    }

    /** The accounts with their people, by name as the directory orders them: one look-up for the whole list. */
    List<Held> inNameOrder(Collection<Account> all) {
        Map<Long, Account> byPerson = all.stream().collect(Collectors.toMap(Account::getPersonId, Function.identity()));
        List<Held> held = new ArrayList<>();
        people.byIds(byPerson.keySet()).forEach((id, person) -> held.add(new Held(byPerson.get(id), person)));
        return held;
    }
}
