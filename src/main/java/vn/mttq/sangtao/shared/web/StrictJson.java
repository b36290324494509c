package vn.mttq.sangtao.shared.web;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * A yes/no in a JSON request is {@code true}/{@code false} (or that text), never a number: Jackson would read any
 * number but 0 as yes. Whole numbers refuse fractions ({@code accept-float-as-int: false} in application.yaml) and
 * dates refuse numbers ({@code default-leniency: false}).
 */
@Configuration
class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer yesNoIsNotANumber() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
  }
}
