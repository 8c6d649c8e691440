package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upward.support.BrowserlessSession;
import org.upward.support.IntegrationTest;

/** The pages' files and the WebJars as a real server serves them, and the links the pages write to them. */
class StaticResourcesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pagesLinkTheWebJarsAtTheirVersionAndTheirOwnFilesAsTheyAre() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.body())
                .containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"")
                .contains("href=\"/css/upward.css\"");
        String bootstrap = login.body().replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
        assertThat(get(bootstrap).statusCode()).isEqualTo(200);
        assertThat(get("/css/upward.css").statusCode()).isEqualTo(200);
        assertThat(get("/js/busy-forms.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInPersonsLinksToPagesAreWrittenAsTheyAreAndOtherAddressesAreNotFiles() throws Exception {
        BrowserlessSession browser = new BrowserlessSession("http://localhost:" + port);
        browser.logIn(MENTOR, DEMO_PASSWORD);
        HttpResponse<String> home = browser.get("/participant");
        assertThat(home.body())
                .contains("href=\"/notifications\"")
                .contains("src=\"/js/busy-forms.js\"")
                .containsPattern("src=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/js/bootstrap\\.bundle\\.min\\.js\"");
        assertThat(browser.get("/templates/layout.html").statusCode()).isEqualTo(404);
        assertThat(browser.get("/application.yml").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
