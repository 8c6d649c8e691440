package org.upward.people.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.server.utils.SchemaChecker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;

/**
 * The SCIM Users endpoint's work: each request one transaction, bodies checked against the SDK's User schema
 * (undefined attributes refused), PATCH applied by the SDK to the person as a User, and the result written to the
 * person by {@link ScimPersonWriter}, which also carries out a departure or a return.
 */
@Service
class ScimUsers {

    private final PersonRepository people;
    private final ScimPersonWriter writer;
    private final Clock clock;

    ScimUsers(PersonRepository people, ScimPersonWriter writer, Clock clock) {
        this.people = people;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserResource get(String id) throws ScimException {
        return ScimUserMapping.toUser(find(id), today());
    }

    /** {@code filter} may be null (everyone, by id) or {@code eq} on userName, externalId or id. */
    @Transactional(readOnly = true)
    public ListResponse<UserResource> list(String filter, Integer startIndex, Integer count) throws ScimException {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? ScimSchemas.MAX_RESULTS : Math.max(0, Math.min(count, ScimSchemas.MAX_RESULTS));
        LocalDate today = today();
        if (filter == null || filter.isBlank()) {
            List<UserResource> users = people.findSlice(start - 1L, size).stream()
                    .map(person -> ScimUserMapping.toUser(person, today))
                    .toList();
            return new ListResponse<>((int) people.count(), users, start, users.size());
        }
        Optional<Person> found = matching(filter);
        List<UserResource> users = found.filter(person -> start == 1 && size > 0)
                .map(person -> List.of(ScimUserMapping.toUser(person, today)))
                .orElse(List.of());
        return new ListResponse<>(found.isPresent() ? 1 : 0, users, start, users.size());
    }

    @Transactional(rollbackFor = ScimException.class)
    public UserResource create(ObjectNode body) throws ScimException {
        SchemaChecker checker = ScimSchemas.checker();
        ObjectNode user = checker.removeReadOnlyAttributes(body);
        checker.checkCreate(user).throwSchemaExceptions();
        ScimUserMapping.Fields fields = ScimUserMapping.fields(read(user), new UserResource());
        if (people.existsByEmail(fields.email())) {
            throw ResourceConflictException.uniqueness("A User with userName " + fields.email() + " exists already");
        }
        return ScimUserMapping.toUser(writer.create(fields), today());
    }

    @Transactional(rollbackFor = ScimException.class)
    public UserResource replace(String id, ObjectNode body) throws ScimException {
        Person person = find(id);
        SchemaChecker checker = ScimSchemas.checker();
        ObjectNode user = checker.removeReadOnlyAttributes(body);
        UserResource before = ScimUserMapping.toUser(person, today());
        checker.checkReplace(user, before.asGenericScimResource().getObjectNode())
                .throwSchemaExceptions();
        writer.update(person, ScimUserMapping.fields(read(user), new UserResource()));
        return ScimUserMapping.toUser(person, today());
    }

    @Transactional(rollbackFor = ScimException.class)
    public UserResource patch(String id, PatchRequest request) throws ScimException {
        Person person = find(id);
        UserResource before = ScimUserMapping.toUser(person, today());
        GenericScimResource user = before.asGenericScimResource();
        ScimSchemas.checker().checkModify(request, user.getObjectNode()).throwSchemaExceptions();
        request.apply(user);
        writer.update(person, ScimUserMapping.fields(read(user.getObjectNode()), before));
        return ScimUserMapping.toUser(person, today());
    }

    /** A User deleted at the identity provider has left; the person stays, as every leaver does. */
    @Transactional(rollbackFor = ScimException.class)
    public void delete(String id) throws ScimException {
        writer.leave(find(id));
    }

    private Optional<Person> matching(String text) throws ScimException {
        Filter filter = Filter.fromString(text);
        ScimSchemas.checker().checkSearch(filter).throwSchemaExceptions();
        if (filter.getFilterType() != FilterType.EQUAL
                || filter.getComparisonValue() == null
                || !filter.getComparisonValue().isTextual()
                || filter.getAttributePath().size() != 1) {
            throw BadRequestException.invalidFilter("Users are found by userName, externalId or id with eq");
        }
        String value = filter.getComparisonValue().textValue();
        String attribute = filter.getAttributePath().getElement(0).getAttribute();
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "username" -> people.findByEmail(People.normalizeEmail(value));
            case "externalid" -> people.findByExternalId(value);
            case "id" -> parseId(value).flatMap(people::findById);
            default -> throw BadRequestException.invalidFilter("Users are found by userName, externalId or id with eq");
        };
    }

    private Person find(String id) throws ScimException {
        return parseId(id)
                .flatMap(people::findById)
                .orElseThrow(() -> new ResourceNotFoundException("No User with id " + id));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static UserResource read(ObjectNode user) throws BadRequestException {
        try {
            return JsonUtils.nodeToValue(user, UserResource.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("The User cannot be read: " + e.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
