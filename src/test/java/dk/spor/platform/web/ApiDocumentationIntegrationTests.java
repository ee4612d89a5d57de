package dk.spor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dk.spor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API description and its browser view are served without login. */
@IntegrationTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort int port;

    @Test
    void theOpenApiDescriptionNamesTheApiItsPathsAndHttpBasic() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"title\":\"Spor API\"").contains("\"/api/v1/children/{id}\"")
                .contains("\"/api/v1/cases\"").contains("\"/api/v1/children/{id}/access-log\"")
                .contains("\"scheme\":\"basic\"");
    }

    @Test
    void swaggerUiAnswersWithScriptsAsStrictAsOnSporsPages() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(ui.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';").contains("frame-ancestors 'none'");
        assertThat(ui.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
