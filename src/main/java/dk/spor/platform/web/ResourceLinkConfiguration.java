package dk.spor.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Keeps the resource chain (it resolves version-less webjar URLs) but switches off the filter that rewrites every
 * link on every page: it looked each one up in the jar per request and took a third of the start page's CPU in the
 * benchmark (docs/benchmarks.md). Registering our own, disabled, filter bean stops Boot from adding its own.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
