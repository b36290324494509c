package vn.mttq.sangtao.shared.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API contract served at {@code /api/openapi.json} and checked in as {@code api/openapi.json}: our own API
 * ({@code /api/**} with HTTP Basic or the webapps' sign-in, {@code /public/api/**} for anyone), each operation named
 * after its controller and method, every refusal a Vietnamese {@code application/problem+json}. The limits of each
 * field come from the request records' annotations, which name the same constants as the rules that enforce them.
 */
@Configuration
class ApiContract {

  static final String PROBLEM = "Problem";
  private static final String BASIC = "basic";

  /** Which refusals every operation of a door may answer, with what they mean. */
  private static final Map<String, String> REFUSALS = Map.of(
      "400", "Dữ liệu không hợp lệ: `detail` nói vì sao, `errors` liệt kê từng vấn đề; không có gì được lưu.",
      "403", "Không có quyền: người gọi không thuộc đơn vị có việc này.",
      "404", "Không tìm thấy.",
      "503", "Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau ít phút.");

  @Bean
  OpenAPI sangTaoApi() {
    return new OpenAPI()
        .info(new Info().title("Sáng tạo — API").version("1")
            .description("Phong trào «Đoàn kết sáng tạo»: kế hoạch, báo cáo, sáng kiến, khen thưởng. Các bước trong"
                + " quy trình cũng làm được trong Tasklist; API kiểm tra cùng các quy tắc và cùng quyền."))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSchemas(PROBLEM, problemSchema()));
  }

  /** "report" + "submit" = {@code reportSubmit}: stable, and unique because method names are unique per controller. */
  @Bean
  OperationCustomizer operationIds() {
    return (operation, handler) -> {
      String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
      operation.setOperationId(StringUtils.uncapitalize(controller) + StringUtils.capitalize(
          handler.getMethod().getName()));
      return operation;
    };
  }

  @Bean
  OpenApiCustomizer refusalsAndSignIn() {
    return api -> {
      api.setServers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
      api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
        boolean isPublic = path.startsWith("/public/");
        ApiResponses responses = operation.getResponses();
        REFUSALS.forEach((status, meaning) -> responses.putIfAbsent(status, problem(meaning)));
        if (isPublic) {
          responses.putIfAbsent("429", problem("Quá nhiều yêu cầu từ cùng một nơi; hãy thử lại sau."));
        } else {
          responses.putIfAbsent("401", problem("Chưa đăng nhập."));
          operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
        }
      }));
    };
  }

  private static ApiResponse problem(String meaning) {
    return new ApiResponse().description(meaning).content(new Content().addMediaType(
        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema().description("Một lời từ chối, bằng tiếng Việt (RFC 9457)")
        .addProperty("type", new StringSchema())
        .addProperty("title", new StringSchema().description("Tên của lỗi, ví dụ «Dữ liệu không hợp lệ»"))
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema().description("Vì sao, đủ để người dùng sửa"))
        .addProperty("errors", new ArraySchema().items(new StringSchema()).description("Từng vấn đề, khi có nhiều"));
  }
}
