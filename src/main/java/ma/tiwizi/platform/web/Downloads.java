package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file sent back as a download under its own name (any script, Arabic included), never sniffed. */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(HttpServletResponse response, String filename, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
