package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.upward.shared.ListPage;

class ListPageTest {

    private static final List<Integer> HUNDRED_AND_ONE =
            IntStream.rangeClosed(1, 101).boxed().toList();

    @Test
    void aPageHoldsItsRowsAndSaysWhereItIs() {
        ListPage<Integer> second = ListPage.of(HUNDRED_AND_ONE, 1, 50);
        assertThat(second.rows()).startsWith(51).endsWith(100).hasSize(50);
        assertThat(second.first()).isEqualTo(51);
        assertThat(second.last()).isEqualTo(100);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.paged()).isTrue();
    }

    @Test
    void aPagePastEitherEndShowsTheNearestOne() {
        assertThat(ListPage.of(HUNDRED_AND_ONE, 9, 50).rows()).containsExactly(101);
        assertThat(ListPage.of(HUNDRED_AND_ONE, 9, 50).hasNext()).isFalse();
        assertThat(ListPage.of(HUNDRED_AND_ONE, -3, 50).first()).isEqualTo(1);
    }

    @Test
    void aShortOrEmptyListIsOneUnpagedPage() {
        ListPage<Integer> empty = ListPage.of(List.of(), 2, 50);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.first()).isZero();
        assertThat(empty.paged()).isFalse();
        assertThat(ListPage.of(List.of(1, 2), 0, 50).paged()).isFalse();
    }
}
