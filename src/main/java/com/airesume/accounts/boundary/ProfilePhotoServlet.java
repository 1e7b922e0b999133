package com.airesume.accounts.boundary;

import com.airesume.media.boundary.MediaStore;
import com.airesume.media.boundary.MediaUnavailableException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /accounts/profile/photo/}: the signed-in person's own photo, and nobody else's, as the JPEG the media
 * feature made of their upload. The address carries the photo's key ({@code ?v=}), so a browser may keep it for a
 * day and still shows a new photo at once.
 */
@WebServlet(urlPatterns = "/accounts/profile/photo/")
public class ProfilePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProfilePhotoServlet.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    MediaStore media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo;
        try {
            Optional<String> key = currentUser.photo();
            photo = key.isEmpty() ? Optional.empty() : media.get(key.get());
        } catch (MediaUnavailableException e) {
            LOG.log(Level.WARNING, "Photo not readable: " + e.getMessage());
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setCharacterEncoding((String) null);
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLength(photo.get().length);
        response.getOutputStream().write(photo.get());
    }
}
