package dk.spor.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one {@link Browser} per test class against the application's random port, resets it before each test,
 * saves a screenshot when a test fails, and quits Chromium when the class is done (the store closes it).
 */
class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireInstalled();
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        context.getStore(NAMESPACE).computeIfAbsent(Browser.class,
                key -> Browser.start("http://localhost:" + port), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset(context.getRequiredTestClass().getSimpleName() + "/"
                + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            try {
                log.info("Screenshot of the failed test: {}", browser(context).screenshot("failure").toAbsolutePath());
            } catch (RuntimeException e) {
                log.warn("No screenshot of the failed test", e);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
