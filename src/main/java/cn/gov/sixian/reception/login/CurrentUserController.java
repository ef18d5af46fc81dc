package cn.gov.sixian.reception.login;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/me}: who the API takes the caller for, to check credentials or a session. */
@RestController
class CurrentUserController {

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  record CurrentUser(String userId, List<String> groupIds) {}

  @GetMapping("/api/me")
  CurrentUser me() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, ApiAuthenticationFilter.NOT_AUTHENTICATED);
    }
    return new CurrentUser(authentication.getUserId(), authentication.getGroupIds());
  }
}
