package ma.tiwizi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/compose.yaml} cannot be started on the machines that build Tiwizi (no Docker engine), so its wiring is
 * read here: the image it names is the one the build makes, both nodes reach the database and have a name of their
 * own, the proxy sends to every node and speaks TLS, every variable it requires is in {@code env.example}, and the
 * backup service runs the backup script with the documents.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");

    @Test
    @SuppressWarnings("unchecked")
    void composeWiresTwoNodesTheDatabaseTheProxyAndTheBackup() throws IOException {
        String compose = Files.readString(DEPLOY.resolve("compose.yaml"));
        Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose)
                .get("services");
        assertThat(services).containsKeys("db", "tiwizi-1", "tiwizi-2", "proxy", "backup");

        String version = version();
        var names = new HashSet<String>();
        for (String node : List.of("tiwizi-1", "tiwizi-2")) {
            var service = (Map<String, Object>) services.get(node);
            assertThat(service.get("image")).isEqualTo("tiwizi:${TIWIZI_VERSION:-" + version + "}");
            var environment = (Map<String, Object>) service.get("environment");
            assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
            names.add((String) environment.get("TIWIZI_NODE_NAME"));
            assertThat((List<String>) service.get("volumes")).contains("documents:/var/lib/tiwizi");
            assertThat(service).containsKeys("mem_limit", "stop_grace_period");
        }
        assertThat(names).containsExactlyInAnyOrder("tiwizi-1", "tiwizi-2");

        String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));
        assertThat(nginx).contains("server tiwizi-1:8080", "server tiwizi-2:8080", "listen 443 ssl",
                "X-Forwarded-Proto https", "proxy_next_upstream error timeout");
        var proxy = (Map<String, Object>) services.get("proxy");
        assertThat((List<String>) proxy.get("volumes")).anyMatch(volume -> volume.startsWith("./nginx.conf:"));

        var backup = (Map<String, Object>) services.get("backup");
        assertThat((List<String>) backup.get("entrypoint")).contains("/deploy/backup.sh");
        assertThat((List<String>) backup.get("volumes")).contains("documents:/var/lib/tiwizi",
                "./backup.sh:/deploy/backup.sh:ro", "./restore.sh:/deploy/restore.sh:ro");
        assertThat(DEPLOY.resolve("backup.sh")).exists();
        assertThat(DEPLOY.resolve("restore.sh")).exists();

        Set<String> required = new HashSet<>();
        var matcher = Pattern.compile("\\$\\{(\\w+):\\?").matcher(compose);
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        assertThat(required).isNotEmpty();
        String example = Files.readString(DEPLOY.resolve("env.example"));
        assertThat(required).allMatch(variable -> example.contains(variable + "="));
        assertThat(example).contains("TIWIZI_VERSION=" + version);
    }

    private static String version() throws IOException {
        var matcher = Pattern.compile("<artifactId>tiwizi</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
