package dk.spor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a fresh embedded PostgreSQL. All such tests share one context (and one
 * database), so each test creates the data it needs through {@link TestData} with unique names. The scheduled
 * deadline escalation and progression alert round do not run; tests run them themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spor.embedded-db.persistent=false", "spor.demo.enabled=false",
                "spor.deadlines.escalation-initial-delay=P3650D",
                "spor.progression.alert-round-initial-delay=P3650D"})
@AutoConfigureRestTestClient
@AutoConfigureMockMvc
@Import(TestData.class)
public @interface IntegrationTest {
}
