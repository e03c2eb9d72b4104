package ma.tiwizi.platform.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a JVM of its own with a small heap: resizes the same large photo from many threads at once, as a burst of
 * uploads would, and prints how many were resized. An OutOfMemoryError ends it with another exit code.
 */
public final class PhotoBurst {

    private PhotoBurst() {
    }

    public static void main(String[] args) throws Exception {
        byte[] photo = Files.readAllBytes(Path.of(args[0]));
        int uploads = Integer.parseInt(args[1]);
        var resizer = new ImageResizer(24_000_000L, 2);
        try (var pool = Executors.newFixedThreadPool(uploads)) {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < uploads; i++) {
                Callable<Integer> one = () -> resizer.resize(photo, 320, 640, 1200).size();
                results.add(pool.submit(one));
            }
            int resized = 0;
            for (var result : results) {
                resized += result.get() == 3 ? 1 : 0;
            }
            System.out.println("resized " + resized);
        }
    }
}
