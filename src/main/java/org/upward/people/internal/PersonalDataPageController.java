package org.upward.people.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** "Your data": what Upward holds about the signed-in person, and the ZIP of it; an admin's ZIP for a person. */
@Controller
class PersonalDataPageController {

    private final PersonalDataCollector collector;
    private final PersonalDataZip zip;

    PersonalDataPageController(PersonalDataCollector collector, PersonalDataZip zip) {
        this.collector = collector;
        this.zip = zip;
    }

    @GetMapping("/account/personal-data")
    String page(Model model) {
        model.addAttribute("sections", collector.titles());
        return "people/personal-data";
    }

    @GetMapping("/account/personal-data.zip")
    ResponseEntity<StreamingResponseBody> mine(Principal me) {
        return download(collector.own(me.getName()));
    }

    @GetMapping("/admin/people/{email}/personal-data.zip")
    ResponseEntity<StreamingResponseBody> person(@PathVariable String email) {
        return download(collector.forAdmin(email, "ZIP"));
    }

    private ResponseEntity<StreamingResponseBody> download(PersonalData data) {
        String file = "upward-personal-data-" + LocalDate.ofInstant(data.generatedAt(), ZoneOffset.UTC) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(out -> zip.write(data, out));
    }
}
