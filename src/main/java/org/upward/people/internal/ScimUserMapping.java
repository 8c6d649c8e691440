package org.upward.people.internal;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import org.upward.people.People;

/**
 * A person as a SCIM User and back: {@code userName} is the email, {@code displayName} (or {@code name}) the name,
 * {@code title} the job title, {@code active} whether they are still employed, and the enterprise extension's
 * {@code department}, {@code employeeNumber} and {@code manager} (the manager's SCIM id).
 */
final class ScimUserMapping {

    /** What a provisioned person's fields become, read from a User. */
    record Fields(
            String email,
            String name,
            String title,
            boolean active,
            String department,
            String employeeNumber,
            Long managerId,
            String externalId) {}

    static final String LOCATION = "/scim/v2/Users/";

    private ScimUserMapping() {}

    static UserResource toUser(Person person, LocalDate today) {
        UserResource user = new UserResource();
        user.setId(String.valueOf(person.getId()));
        user.setExternalId(person.getExternalId());
        user.setUserName(person.getEmail());
        user.setDisplayName(person.getName());
        int space = person.getName().indexOf(' ');
        user.setName(new Name()
                .setFormatted(person.getName())
                .setGivenName(space < 0 ? person.getName() : person.getName().substring(0, space))
                .setFamilyName(space < 0 ? null : person.getName().substring(space + 1)));
        user.setTitle(person.getJobTitle());
        user.setActive(isActive(person, today));
        user.setEmails(new Email().setValue(person.getEmail()).setType("work").setPrimary(true));
        EnterpriseUserExtension enterprise = new EnterpriseUserExtension()
                .setDepartment(person.getDepartment())
                .setEmployeeNumber(person.getEmployeeNumber());
        Person manager = person.getManager();
        if (manager != null) {
            enterprise.setManager(new Manager()
                    .setValue(String.valueOf(manager.getId()))
                    .setRef(URI.create(LOCATION + manager.getId()))
                    .setDisplayName(manager.getName()));
        }
        user.setExtension(enterprise);
        Meta meta = new Meta()
                .setResourceType("User")
                .setLocation(URI.create(LOCATION + person.getId()))
                .setVersion("W/\"" + person.getVersion() + "\"")
                .setLastModified(calendar(person.getUpdatedAt()));
        meta.setCreated(calendar(person.getCreatedAt() != null ? person.getCreatedAt() : person.getUpdatedAt()));
        user.setMeta(meta);
        return user;
    }

    static boolean isActive(Person person, LocalDate today) {
        return person.getLeaveDate() == null || person.getLeaveDate().isAfter(today);
    }

    /**
     * The fields a User asks for. The name is the one that changed since {@code before} (an empty User for a
     * create or a replace): the display name, else the formatted name, else given and family names.
     */
    static Fields fields(UserResource after, UserResource before) throws BadRequestException {
        String email = People.normalizeEmail(after.getUserName());
        if (email == null || email.isEmpty() || !email.matches(EmailAddress.PATTERN)) {
            throw BadRequestException.invalidValue("userName must be the person's email address");
        }
        String name = name(after, before);
        if (name == null) {
            throw BadRequestException.invalidValue("displayName or name is required");
        }
        EnterpriseUserExtension enterprise = after.getExtension(EnterpriseUserExtension.class);
        String department = enterprise == null ? null : blankToNull(enterprise.getDepartment());
        String employeeNumber = enterprise == null ? null : blankToNull(enterprise.getEmployeeNumber());
        Manager manager = enterprise == null ? null : enterprise.getManager();
        Long managerId = null;
        if (manager != null && blankToNull(manager.getValue()) != null) {
            try {
                managerId = Long.valueOf(manager.getValue().trim());
            } catch (NumberFormatException e) {
                throw BadRequestException.invalidValue("manager.value must be the SCIM id of a User");
            }
        }
        return new Fields(
                email,
                name,
                blankToNull(after.getTitle()),
                !Boolean.FALSE.equals(after.getActive()),
                department,
                employeeNumber,
                managerId,
                blankToNull(after.getExternalId()));
    }

    private static String name(UserResource after, UserResource before) {
        String display = blankToNull(after.getDisplayName());
        String formatted =
                after.getName() == null ? null : blankToNull(after.getName().getFormatted());
        String joined = joined(after.getName());
        if (display != null && !display.equals(before.getDisplayName())) {
            return display;
        }
        Name was = before.getName() == null ? new Name() : before.getName();
        if (formatted != null && !formatted.equals(was.getFormatted())) {
            return formatted;
        }
        if (joined != null && !Objects.equals(joined, joined(was))) {
            return joined;
        }
        return display != null ? display : formatted != null ? formatted : joined;
    }

    private static String joined(Name name) {
        if (name == null) {
            return null;
        }
        String given = blankToNull(name.getGivenName());
        String family = blankToNull(name.getFamilyName());
        return given == null ? family : family == null ? given : given + " " + family;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
