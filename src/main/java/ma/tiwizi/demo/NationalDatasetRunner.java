package ma.tiwizi.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The generator mode: {@code --tiwizi.generate.scale=1 --tiwizi.generate.seed=42} fills the database with the
 * national dataset, then stops the application (unless {@code --tiwizi.generate.exit=false}).
 */
@Component
@ConditionalOnProperty("tiwizi.generate.scale")
class NationalDatasetRunner implements ApplicationRunner {

    private final NationalDataset dataset;
    private final ConfigurableApplicationContext context;
    private final double scale;
    private final long seed;
    private final boolean exit;

    NationalDatasetRunner(NationalDataset dataset, ConfigurableApplicationContext context,
            @Value("${tiwizi.generate.scale}") double scale, @Value("${tiwizi.generate.seed:42}") long seed,
            @Value("${tiwizi.generate.exit:true}") boolean exit) {
        this.dataset = dataset;
        this.context = context;
        this.scale = scale;
        this.seed = seed;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        dataset.generate(scale, seed);
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
