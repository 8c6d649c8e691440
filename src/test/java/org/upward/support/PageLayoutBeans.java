package org.upward.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What {@code layout.html} asks of other modules on every signed-in page, for slices that render pages. */
@TestConfiguration(proxyBeanMethods = false)
class PageLayoutBeans {

    /** The navigation's unread badge ({@code @unreadNotices.count(...)}): none, as no notification is stored. */
    @Bean("unreadNotices")
    NoUnreadNotices unreadNotices() {
        return new NoUnreadNotices();
    }

    public static class NoUnreadNotices {

        public long count(String email) {
            return 0;
        }
    }
}
