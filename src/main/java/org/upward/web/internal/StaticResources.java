package org.upward.web.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' own files and the WebJars, each under its own address ({@code spring.web.resources.add-mappings} is
 * off). Spring Boot's default also maps every other address ({@code /**}) to the static folders; with the resource
 * chain on (it finds the WebJars' versions), every link a page writes ({@code @{...}}) was then looked up in each
 * static folder of the class path, found nowhere, and looked up again on the next page: a third of the pages' CPU
 * under load. Now only these addresses are resources, and a link to a page is written as it is, at once.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
    }
}
