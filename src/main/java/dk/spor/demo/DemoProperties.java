package dk.spor.demo;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code spor.demo.children}: how many children the demo municipality has (teams and staff grow with it);
 * {@code spor.demo.seed}: the same seed gives the same municipality. Whether demo data is made at all is
 * {@code spor.demo.enabled}, see {@link DemoEnabledCondition}.
 */
@Validated
@ConfigurationProperties("spor.demo")
record DemoProperties(@DefaultValue("300") @Positive int children, @DefaultValue("2730") long seed) {
}
