package cn.gov.sixian.reception.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who can log in at first start. The default run creates demo users; every other run needs the
 * administrator from the environment (RECEPTION_ADMIN_USER, RECEPTION_ADMIN_PASSWORD).
 */
@ConfigurationProperties(prefix = "reception.identity")
public record IdentityProperties(
    boolean demoUsers, String demoPassword, String adminUser, String adminPassword) {}
