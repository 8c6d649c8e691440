package org.upward.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.upward.security.internal.RealSecurityChains;

/**
 * A web slice test: only the named page or API controllers, the {@code web} module's exception handlers (so an
 * API refusal is the same problem document), Thymeleaf with the real templates and the real security chains
 * ({@link RealSecurityChains}); no database, no other module. Starts in a second or two where
 * {@link IntegrationTest} boots the whole application on PostgreSQL.
 *
 * <p>The test class mocks the services with {@code @MockitoBean} and {@code @Import}s its module's
 * {@code AccessRules} component when it has one (a slice scans controllers, not components): without it the
 * areas' defaults still apply, so leaving it out would test other rules than production's. Users come from
 * {@link SliceUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@RealSecurityChains
@Import({TestClockConfiguration.class, PageLayoutBeans.class})
public @interface WebSlice {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] controllers();
}
