package com.airesume.accounts.boundary;

import com.airesume.platform.web.Texts;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Moving between the three reset pages. */
final class ResetPages {

    private ResetPages() {
    }

    /** Redirects to a page of this site (not through Faces.redirect, which formats the URL). */
    static void go(String path) throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + path);
    }

    /** Back to step 1, saying why. */
    static void restart(String messageKey) throws IOException {
        Messages.addFlashGlobalError(Texts.get(messageKey));
        go("/accounts/password/reset/");
    }
}
