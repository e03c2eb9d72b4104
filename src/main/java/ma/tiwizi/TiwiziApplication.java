package ma.tiwizi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TiwiziApplication {

    public static void main(String[] args) {
        SpringApplication.run(TiwiziApplication.class, args);
    }
}
