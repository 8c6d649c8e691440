package org.upward.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.people.NewSkill;
import org.upward.people.SkillView;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "The skill catalog: anyone reads it, admins add, rename, retire and merge")
class SkillApiController {

    record MergeRequest(@NotNull Long into) {}

    private final SkillCatalogService catalog;

    SkillApiController(SkillCatalogService catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List the skill catalog")
    @GetMapping
    PageView<SkillView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(catalog.list(Paging.request(page, size)));
    }

    @Operation(summary = "Add a skill")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SkillView add(@Valid @RequestBody NewSkill request) {
        return catalog.add(request);
    }

    @Operation(summary = "Rename or retire a skill")
    @PutMapping("/{id}")
    SkillView change(@PathVariable long id, @Valid @RequestBody SkillChange change) {
        return catalog.change(id, change);
    }

    /** Merges skill {id} (a duplicate) into {@code into}; answers the skill that remains. */
    @Operation(summary = "Merge a skill into another")
    @PostMapping("/{id}/merge")
    SkillView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return catalog.merge(id, request.into());
    }
}
