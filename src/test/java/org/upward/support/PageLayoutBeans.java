package org.upward.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/** What {@code layout.html} asks of other modules on every page, for slices that render pages. */
@TestConfiguration(proxyBeanMethods = false)
@Import(PageLayoutBeans.Navigation.class)
class PageLayoutBeans {

    /** The navigation's menus ({@code @pageViewer.of(#authentication)}): the application's own, by name. */
    static class Navigation implements ImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            return new String[] {"org.upward.security.internal.PageViewer"};
        }
    }

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
