package dk.spor.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code spor.demo.enabled} when it is set; otherwise demo data is made only on the embedded database, never on a
 * real server named by {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}).
 */
class DemoEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Boolean enabled = context.getEnvironment().getProperty("spor.demo.enabled", Boolean.class);
        return enabled != null ? enabled
                : !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
