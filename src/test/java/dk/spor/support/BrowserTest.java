package dk.spor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the running application in real headless Chromium. Test methods take a {@link Browser}
 * parameter; one browser serves the whole test class and starts each test signed out on a desktop viewport.
 * Run only these with {@code mvn verify -Dgroups=browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
