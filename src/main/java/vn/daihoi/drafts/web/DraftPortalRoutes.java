package vn.daihoi.drafts.web;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.daihoi.drafts.DraftPublications;

/**
 * The public read-only page of a draft published to the portal, without sign-in. It lives under
 * {@code /portal/**}, the only path prefix SecurityConfig leaves open; only publications flagged public are
 * shown, anything else is a plain 404 (no hint that it exists).
 */
@Configuration(proxyBeanMethods = false)
class DraftPortalRoutes {

    @Bean
    RouterFunction<ServerResponse> publicDrafts(DraftPublications publications) {
        return RouterFunctions.route()
                .GET("/portal/drafts/{id}", request -> {
                    long id;
                    try {
                        id = Long.parseLong(request.pathVariable("id"));
                    } catch (NumberFormatException e) {
                        return ServerResponse.notFound().build();
                    }
                    return publications
                            .publicPublication(id)
                            .map(p -> ServerResponse.ok()
                                    .render("drafts/public", Map.of("p", p, "text", publications.publicText(p))))
                            .orElseGet(() ->
                                    ServerResponse.status(HttpStatus.NOT_FOUND).render("drafts/public-missing"));
                })
                .build();
    }
}
