package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

class DemoEnabledConditionTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WhenDemoEnabled.class);

    @Test
    void isOnForTheEmbeddedDatabase() {
        context.run(it -> assertThat(it).hasBean("demoMarker"));
    }

    @Test
    void isOffWhenADatasourceUrlNamesARealServer() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/spor")
                .run(it -> assertThat(it).doesNotHaveBean("demoMarker"));
    }

    @Test
    void followsSporDemoEnabledWhenItIsSet() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/spor", "spor.demo.enabled=true")
                .run(it -> assertThat(it).hasBean("demoMarker"));
        context.withPropertyValues("spor.demo.enabled=false").run(it -> assertThat(it).doesNotHaveBean("demoMarker"));
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DemoEnabledCondition.class)
    static class WhenDemoEnabled {

        @Bean
        String demoMarker() {
            return "demo";
        }
    }
}
