package org.upward.security.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For a web slice test: the application's real security chains ({@link SecurityConfig}: the API's 401/403
 * problems, the pages' login redirect and CSRF, every module's {@code AccessRules} that is a bean, then the areas'
 * defaults, {@link UnmappedAddresses} for the rest). What the chains need to sign people in (accounts, tokens,
 * lockouts, single sign-on) is mocked: slice tests send their user with the request
 * ({@code org.upward.support.SliceUsers}), and a mocked {@link SingleSignOn} is not configured.
 *
 * <p>Here, in the security module's package, because those classes are package-private; public so slices of
 * other modules can use it (through {@code org.upward.support.WebSlice}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfig.class, PasswordHashing.class, UnmappedAddresses.class})
@MockitoBean(
        types = {
            AccountUserDetailsService.class,
            LoginLockout.class,
            LoginAddressLimit.class,
            ApiTokenService.class,
            ProvisioningTokenService.class,
            SingleSignOn.class,
            SsoAccountLinker.class,
            PasswordLoginPolicy.class,
            SignedInUsers.class
        })
public @interface RealSecurityChains {}
