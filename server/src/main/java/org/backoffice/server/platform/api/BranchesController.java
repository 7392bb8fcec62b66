package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.NoSuchElementException;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.Organisation;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.ItemsJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Branches", description = "The organisation's branches: reference data every user may read")
@RestController
@RequestMapping("/api/branches")
class BranchesController {
    private final Organisation organisation;

    BranchesController(Platform platform) {
        this.organisation = platform.organisation();
    }

    @Schema(name = "Branch")
    record BranchJson(@Schema(example = "HO") String code, String name, String legalEntity, boolean headOffice) {
        static BranchJson of(Branch b) {
            return new BranchJson(b.code(), b.name(), b.legalEntity(), b.headOffice());
        }
    }

    @Schema(name = "NewBranch")
    record NewBranchRequest(
            @Schema(example = "B3") String code,
            String name,
            @Schema(example = "DEMO") String legalEntity,
            @Schema(description = "false when omitted") Boolean headOffice) {}

    @Operation(summary = "Every branch, by code")
    @GetMapping
    ItemsJson<BranchJson> list() {
        return new ItemsJson<>(
                organisation.branches().stream().map(BranchJson::of).toList());
    }

    @Operation(summary = "One branch")
    @GetMapping("/{code}")
    BranchJson get(@PathVariable("code") String code) {
        return organisation
                .branch(code)
                .map(BranchJson::of)
                .orElseThrow(() -> new NoSuchElementException("branch " + code + " not found"));
    }

    @Operation(summary = "Adds a branch to a legal entity (ADMINISTRATOR)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<BranchJson> create(@RequestBody NewBranchRequest request, Authentication authentication) {
        Branch branch = new Branch(
                request.code(), request.name(), request.legalEntity(), Boolean.TRUE.equals(request.headOffice()));
        organisation.add(CurrentActor.of(authentication), branch);
        return ResponseEntity.created(URI.create("/api/branches/" + branch.code()))
                .body(BranchJson.of(branch));
    }
}
