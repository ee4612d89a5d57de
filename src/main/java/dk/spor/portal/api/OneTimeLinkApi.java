package dk.spor.portal.api;

import java.net.URI;
import java.util.List;

import dk.spor.organisation.CurrentUsers;
import dk.spor.portal.CreatedLink;
import dk.spor.portal.NewLink;
import dk.spor.portal.OneTimeLink;
import dk.spor.portal.OneTimeLinks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One-time links for integrations, e.g. a municipality's SMS service that sends the link: make one (the answer holds
 * the link's address, the only time it is given) and follow the case's links.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/one-time-links")
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
class OneTimeLinkApi {

    private final OneTimeLinks links;
    private final CurrentUsers currentUsers;

    OneTimeLinkApi(OneTimeLinks links, CurrentUsers currentUsers) {
        this.links = links;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    List<OneTimeLink> links(@PathVariable long caseId) {
        return links.ofCase(currentUsers.require(), caseId);
    }

    @PostMapping
    ResponseEntity<Created> create(@PathVariable long caseId, @RequestBody NewLink request) {
        CreatedLink created = links.create(currentUsers.require(), caseId, request);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(created.path()).toUriString();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/one-time-links"))
                .body(new Created(created.link(), url));
    }

    /** The new link and its address. */
    record Created(OneTimeLink link, String url) {
    }
}
