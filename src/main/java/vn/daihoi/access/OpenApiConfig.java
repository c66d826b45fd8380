package vn.daihoi.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its one security scheme: HTTP Basic with a daihoi account. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI daihoiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API Đại hội Đảng bộ")
                        .version("v1")
                        .description("Giao diện lập trình của hệ thống chuẩn bị, tổ chức và báo cáo đại hội Đảng bộ"
                                + " các cấp. Mọi lời gọi xác thực bằng HTTP Basic với tài khoản người dùng; mỗi"
                                + " thao tác được kiểm tra quyền trên cây con của tổ chức đảng mà vai trò được cấp."
                                + " Lỗi trả về dạng ProblemDetail (RFC 9457) với thông báo tiếng Việt."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Tên đăng nhập và mật khẩu của người dùng daihoi")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
