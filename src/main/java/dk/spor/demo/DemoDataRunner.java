package dk.spor.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty database with the demo municipality and logs the URL and the demo logins. Runs only
 * when demo data is enabled ({@link DemoEnabledCondition}); a database that already has users is left alone.
 */
@Component
@Conditional(DemoEnabledCondition.class)
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private static final List<String> DEMO_USERNAMES = List.of(DemoOrganisation.CASEWORKER,
            DemoOrganisation.TEAM_LEADER, DemoOrganisation.HEAD, DemoOrganisation.PROVIDER, DemoOrganisation.ADMIN);

    private final DemoDataGenerator generator;
    private final DemoProperties properties;
    private final JdbcClient jdbc;
    private final Environment environment;

    DemoDataRunner(DemoDataGenerator generator, DemoProperties properties, JdbcClient jdbc, Environment environment) {
        this.generator = generator;
        this.properties = properties;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        generator.generateIfEmpty(properties.children(), properties.seed());
        if (hasDemoUsers()) {
            log.info(DemoLogins.banner("http://localhost:" + port()));
        } else {
            log.info("Demo data not generated: the database already has users");
        }
    }

    private boolean hasDemoUsers() {
        return jdbc.sql("select count(*) from app_user where username = any(?)")
                .param(DEMO_USERNAMES.toArray(String[]::new)).query(Long.class).single() == DEMO_USERNAMES.size();
    }

    /** The port the server listens on, also when it was chosen at random. */
    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
