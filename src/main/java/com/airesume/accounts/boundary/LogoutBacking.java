package com.airesume.accounts.boundary;

import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /accounts/logout/}: a GET only asks; the POST logs out, which also makes Jakarta Security delete the
 * remember-me cookie and its token, and ends the session.
 */
@Named
@RequestScoped
public class LogoutBacking {

    public void logOut() throws ServletException, IOException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Messages.addFlashGlobalInfo(Texts.get("accounts.logout.success"));
        Faces.redirect("accounts/login/");
    }
}
