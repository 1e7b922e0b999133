package com.airesume.platform.web;

import com.airesume.platform.config.Settings;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.omnifaces.util.Beans;
import org.omnifaces.util.Messages;
import org.omnifaces.util.Servlets;

/**
 * Forms on stateless views ({@code <f:view transient="true">}: login, signup, the reset steps) and the
 * {@link FormTokens} that guard them, so that an anonymous visitor costs no session and a forged post still
 * fails.
 *
 * <p>Before such a view renders, every form in it gets a hidden field with the token of this browser's key,
 * and the browser gets the key's cookie if it has none; nothing is remembered on the server. On a postback the
 * token is checked once the submitted values are in the components and before any of them is validated or
 * any action runs: without a valid token the page answers 403 and shows the same form again, the values
 * typed kept (passwords excepted, as Faces never sends them back) and a fresh token in it, with a message that
 * says to send it again. Stateful views need none of this: their view state is bound to the session.
 */
public final class StatelessForms {

    private static final Logger LOG = Logger.getLogger(StatelessForms.class.getName());
    private static final String KEY_ATTRIBUTE = StatelessForms.class.getName() + ".key";

    private StatelessForms() {
    }

    /** Adds the token field to each form of a stateless view (registered for {@link PreRenderViewEvent}). */
    public static final class AddTokens implements SystemEventListener {

        private final Lazy lazy = new Lazy();

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot root && root.isTransient();
        }

        @Override
        public void processEvent(SystemEvent event) {
            FacesContext context = FacesContext.getCurrentInstance();
            UIViewRoot root = (UIViewRoot) event.getSource();
            String token = null;
            for (UIForm form : forms(root, new ArrayList<>())) {
                if (token == null) {
                    token = lazy.tokens().tokenFor(browserKey(context));
                }
                HtmlOutputText field = new HtmlOutputText();
                field.setTransient(true);
                field.setEscape(false);
                // The token is URL-safe base64, so it needs no escaping inside the attribute.
                field.setValue("<input type=\"hidden\" name=\"" + FormTokens.FIELD + "\" value=\"" + token + "\"/>");
                form.getChildren().add(field);
            }
        }

        private static List<UIForm> forms(UIComponent component, List<UIForm> found) {
            if (component instanceof UIForm form) {
                found.add(form);
                return found;
            }
            for (UIComponent child : component.getChildren()) {
                forms(child, found);
            }
            return found;
        }
    }

    /**
     * Refuses a postback of a stateless view without a valid token, after the values were applied so that the
     * form comes back as it was sent.
     */
    public static final class CheckTokens implements PhaseListener {

        private final Lazy lazy = new Lazy();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.APPLY_REQUEST_VALUES;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // Nothing to do before the values are applied.
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            UIViewRoot root = context.getViewRoot();
            if (root == null || !root.isTransient() || !context.isPostback() || context.getRenderResponse()
                    || context.getResponseComplete()) {
                return;
            }
            ExternalContext external = context.getExternalContext();
            String token = external.getRequestParameterMap().get(FormTokens.FIELD);
            if (lazy.tokens().accepts(cookie((HttpServletRequest) external.getRequest()), token)) {
                return;
            }
            LOG.warning(() -> "Refused a post to " + root.getViewId() + (token == null ? " without its form token"
                    : " with a form token that does not belong to the browser"));
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            Messages.addGlobalError(Texts.get("platform.form.expired"));
            context.renderResponse();
        }
    }

    private static String browserKey(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        return browserKey((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    /**
     * This browser's key, from its cookie, or a new one put in a cookie now (before anything is written); the
     * same one for the rest of the request.
     */
    static String browserKey(HttpServletRequest request, HttpServletResponse response) {
        String key = (String) request.getAttribute(KEY_ATTRIBUTE);
        if (key == null) {
            key = cookie(request);
            if (!FormTokens.isWellFormed(key)) {
                key = FormTokens.newBrowserKey();
                Cookie cookie = new Cookie(FormTokens.COOKIE, key);
                cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                cookie.setHttpOnly(true);
                cookie.setSecure(request.isSecure());
                response.addCookie(cookie);
            }
            request.setAttribute(KEY_ATTRIBUTE, key);
        }
        return key;
    }

    /** The key {@link #browserKey} settled on for this request, or null when no form needed one. */
    static String browserKeyOf(HttpServletRequest request) {
        return (String) request.getAttribute(KEY_ATTRIBUTE);
    }

    private static String cookie(HttpServletRequest request) {
        return Servlets.getRequestCookie(request, FormTokens.COOKIE);
    }

    /** The listeners are made by Faces, not CDI: they take the application's {@link FormTokens} on first use. */
    private static final class Lazy {

        private volatile FormTokens tokens;

        FormTokens tokens() {
            FormTokens current = tokens;
            if (current == null) {
                current = Beans.getReference(FormTokens.class);
                tokens = current;
            }
            return current;
        }
    }

    /** One {@link FormTokens} for the application, keyed from the settings once. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        FormTokens formTokens(Settings settings) {
            return new FormTokens(settings.secretKey().reveal());
        }
    }
}
