package dk.spor.organisation.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason. A throttled login name gets "locked" whether or not the user exists, so
 * the message does not tell which login names exist.
 */
class LoginFailureRedirect implements AuthenticationFailureHandler {

    /** The session attribute the login page reads the last typed login name from. */
    static final String LAST_USERNAME = "SPOR_LAST_USERNAME";

    private final LoginThrottle throttle;

    LoginFailureRedirect(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String reason;
        if (exception instanceof OAuth2AuthenticationException) {
            reason = "oidc";
        } else if (exception instanceof LockedException || (username != null && throttle.isLocked(username))) {
            reason = "locked";
        } else {
            reason = "error";
        }
        if (username != null && username.length() <= 100) {
            // Kept in the session, not the address, so the user need not type it again.
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
