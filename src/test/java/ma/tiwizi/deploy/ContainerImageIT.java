package ma.tiwizi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image {@code ./mvnw package} built (target/tiwizi-image.tar, deploy/README.md) as a container runtime would
 * see it: its configuration (entrypoint, user, memory sizing, port, volume), its layers, and Tiwizi started from its
 * layers alone — as user 10001 in a root of its own, with no file of the build machine — answering ready and serving
 * its Arabic pages. Starting it needs root (a private mount of /proc and a chroot), as the CI has.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target", "tiwizi-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path unpacked;
    private static JsonNode config;
    private static List<String> layers;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(IMAGE).as("built by jib:buildTar in the package phase").exists();
        unpacked = Files.createTempDirectory("tiwizi-image");
        run(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString()));
        JsonNode manifest = JSON.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(unpacked.resolve(manifest.get("Config").asString()).toFile()).get("config");
        layers = new ArrayList<>();
        manifest.get("Layers").forEach(layer -> layers.add(layer.asString()));
    }

    @AfterAll
    static void clean() throws Exception {
        if (unpacked != null) {
            run(List.of("rm", "-rf", unpacked.toString()));
        }
    }

    @Test
    void itRunsTiwiziAsANonRootUserSizedFromTheContainersMemory() {
        assertThat(config.get("User").asString()).isEqualTo("10001:10001");
        var entrypoint = new ArrayList<String>();
        config.get("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
        assertThat(entrypoint).first().isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError")
                .last().isEqualTo("ma.tiwizi.TiwiziApplication");
        assertThat(entrypoint).noneMatch(part -> part.startsWith("-Xmx")).as("no fixed heap: the limit decides");
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("Volumes").has("/var/lib/tiwizi")).isTrue();
        assertThat(config.get("WorkingDir").asString()).isEqualTo("/var/lib/tiwizi");
        var environment = new ArrayList<String>();
        config.get("Env").forEach(variable -> environment.add(variable.asString()));
        assertThat(environment).contains("JAVA_HOME=/opt/java", "TIWIZI_STORAGE_DIRECTORY=/var/lib/tiwizi/documents");
    }

    @Test
    void itsLayersPutWhatChangesOftenOnTop() throws Exception {
        assertThat(layers).as("runtime, libraries, resources, classes… each its own layer").hasSizeGreaterThanOrEqualTo(4);
        assertThat(entries(layers.getFirst())).contains("opt/java/bin/java", "lib64/ld-linux-x86-64.so.2",
                "etc/passwd");
        var all = new ArrayList<String>();
        int libraries = -1;
        int classes = -1;
        for (int i = 0; i < layers.size(); i++) {
            var names = entries(layers.get(i));
            if (names.stream().anyMatch(name -> name.startsWith("app/libs/"))) {
                libraries = i;
            }
            if (names.contains("app/classes/ma/tiwizi/TiwiziApplication.class")) {
                classes = i;
            }
            all.addAll(names);
        }
        assertThat(classes).as("the classes, which change with every commit, above the libraries")
                .isGreaterThan(libraries).isGreaterThan(0);
        assertThat(all).anyMatch(name -> name.matches(".*app/libs/spring-core-.*\\.jar"))
                .as("no test library in the image").noneMatch(name -> name.contains("app/libs/s3proxy"))
                .noneMatch(name -> name.contains("app/libs/selenium"));
    }

    @Test
    void startedFromItsLayersAloneItIsReadyAndSpeaksArabic() throws Exception {
        assertThat(ProcessHandle.current().info().user().orElse("")).as("starting the image needs root")
                .isEqualTo("root");
        Path root = unpacked.resolve("root");
        Files.createDirectories(root);
        for (var layer : layers) {
            run(List.of("tar", "--same-owner", "-xpf", unpacked.resolve(layer).toString(), "-C", root.toString()));
        }
        Files.createDirectories(root.resolve("proc"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String chroot = Files.exists(Path.of("/usr/sbin/chroot")) ? "/usr/sbin/chroot" : "/usr/bin/chroot";
        var command = new StringBuilder("/usr/bin/mount -t proc proc '" + root + "/proc' && exec " + chroot
                + " --userspec=")
                .append(config.get("User").asString()).append(" '").append(root).append("'");
        config.get("Entrypoint").forEach(part -> command.append(" '").append(part.asString()).append("'"));
        var builder = new ProcessBuilder("unshare", "--mount", "--pid", "--fork", "--kill-child=SIGTERM",
                "sh", "-c", command.toString()).redirectErrorStream(true)
                .redirectOutput(unpacked.resolve("tiwizi.log").toFile());
        builder.environment().clear();
        config.get("Env").forEach(variable -> {
            String[] pair = variable.asString().split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        });
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("TIWIZI_DEMO_ENABLED", "true");
        var tiwizi = builder.start();
        try {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            HttpResponse<String> ready = null;
            while (System.nanoTime() < until && tiwizi.isAlive()) {
                try {
                    ready = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            assertThat(ready).as("ready within 3 minutes; log: " + log()).isNotNull();
            assertThat(ready.statusCode()).as(log()).isEqualTo(200);
            var page = http.send(HttpRequest.newBuilder(URI.create(base + "/calls?lang=ar")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("dir=\"rtl\"");
            assertThat(Files.exists(root.resolve("var/lib/tiwizi/data/tiwizi.mv.db")))
                    .as("the database is kept in the volume, written by the non-root user").isTrue();
            assertThat(Files.getOwner(root.resolve("var/lib/tiwizi/data/tiwizi.mv.db")).getName())
                    .isIn("10001", "tiwizi");
        } finally {
            // a container runtime's stop: SIGTERM to the image's process (unshare cannot pass it on: a change of
            // user clears the signal a child gets when its parent dies)
            signalListener(port, "TERM");
            long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (listening(port) && System.nanoTime() < until) {
                Thread.sleep(250);
            }
            if (listening(port)) {
                signalListener(port, "KILL");
            }
            tiwizi.destroy();
            tiwizi.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(log()).as("stopping finishes the requests in flight").contains("Graceful shutdown complete");
    }

    private static void signalListener(int port, String signal) throws Exception {
        run(List.of("sh", "-c", "ss -ltnpH 'sport = :" + port + "' | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u"
                + " | xargs -r kill -" + signal));
    }

    private static boolean listening(int port) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static String log() {
        try {
            return Files.readString(unpacked.resolve("tiwizi.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static List<String> entries(String layer) throws IOException {
        var names = new ArrayList<String>();
        try (InputStream in = Files.newInputStream(unpacked.resolve(layer));
                var tar = new TarArchiveInputStream(layer.endsWith(".gz") || gzipped(layer) ? new GZIPInputStream(in)
                        : in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName().replaceFirst("^\\./", ""));
            }
        }
        return names;
    }

    private static boolean gzipped(String layer) throws IOException {
        try (InputStream in = Files.newInputStream(unpacked.resolve(layer))) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static void run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
