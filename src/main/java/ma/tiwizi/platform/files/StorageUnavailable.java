package ma.tiwizi.platform.files;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The document store cannot be reached: the upload stored nothing and may be sent again a little later. */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class StorageUnavailable extends UserFacingException {

    public StorageUnavailable() {
        super("platform.error.storageUnavailable", "file");
    }
}
