package org.upward.guide.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConversationTopicRepository extends JpaRepository<ConversationTopic, Long> {

    Page<ConversationTopic> findByProgramIdOrderByRetiredAscTitleAscIdAsc(long programId, Pageable pageable);

    List<ConversationTopic> findByProgramIdAndRetiredFalseOrderByTitleAscIdAsc(long programId);

    @Modifying
    @Query("delete from ConversationTopic t where t.programId = ?1")
    int deleteByProgram(long programId);

    @Query(value = "select exists (select 1 from conversation_topic_library where program_id = ?1)", nativeQuery = true)
    boolean hasLibrary(long programId);

    /** Marks the program's library as given the starter set; 1 for the one caller that did it, 0 after. */
    @Modifying
    @Query(
            value = "insert into conversation_topic_library (program_id, seeded_at) values (?1, now())"
                    + " on conflict do nothing",
            nativeQuery = true)
    int claimLibrary(long programId);
}
