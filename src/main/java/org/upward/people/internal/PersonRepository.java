package org.upward.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    Optional<Person> findByExternalId(String externalId);

    /** One page of everyone by id, for SCIM's 1-based {@code startIndex} (any offset, not only whole pages). */
    @Query(nativeQuery = true, value = "select * from person order by id offset :offset limit :limit")
    List<Person> findSlice(long offset, int limit);

    @Override
    @EntityGraph(attributePaths = "manager")
    Page<Person> findAll(Specification<Person> spec, Pageable pageable);

    List<Person> findByDepartment(String department, Pageable page);

    @Query("select p from Person p where p.leaveDate is null and p.erasedAt is null order by p.jobLevel desc, p.name")
    List<Person> findMostSenior(Pageable limit);

    @Query("select distinct p.department from Person p order by p.department")
    List<String> findDepartments();

    @Query(
            """
            select p from Person p
            where p.erasedAt is null
              and (lower(p.name) like lower(concat('%', :text, '%')) or p.email like lower(concat('%', :text, '%')))
            order by p.name, p.email""")
    List<Person> suggest(String text, Pageable limit);

    /** Whether {@code personId} is {@code startId} or one of the managers above it (stops on existing loops). */
    @Query(
            nativeQuery = true,
            value =
                    """
            with recursive chain(id, manager_id) as (
                select id, manager_id from person where id = :startId
                union
                select p.id, p.manager_id from person p join chain c on p.id = c.manager_id)
            select exists (select 1 from chain where id = :personId)""")
    boolean chainContains(long startId, long personId);
}
