package vn.mttq.sangtao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data: the units of both seed plans and one staff member and one leader for every committee and member
 * organisation, loaded once on the first start.
 *
 * @param enabled whether to load it (on by default on H2, off in the {@code postgres} profile)
 * @param password the demo users' password
 */
@ConfigurationProperties("sangtao.demo")
public record DemoProperties(boolean enabled, String password) {
}
