package ma.tiwizi.training.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A catalogue module as the administrator types it: a title and objectives in each language, and a format. */
public record ModuleForm(
        @NotBlank(message = "{training.error.code}") @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{training.error.code}")
        String code,
        @NotBlank(message = "{training.error.moduleTitle}") @Size(max = 200, message = "{training.error.moduleTitle}")
        String titleAr,
        @NotBlank(message = "{training.error.moduleTitle}") @Size(max = 200, message = "{training.error.moduleTitle}")
        String titleFr,
        @NotBlank(message = "{training.error.moduleTitle}") @Size(max = 200, message = "{training.error.moduleTitle}")
        String titleEn,
        @NotBlank(message = "{training.error.objectives}") @Size(max = 1000, message = "{training.error.objectives}")
        String objectivesAr,
        @NotBlank(message = "{training.error.objectives}") @Size(max = 1000, message = "{training.error.objectives}")
        String objectivesFr,
        @NotBlank(message = "{training.error.objectives}") @Size(max = 1000, message = "{training.error.objectives}")
        String objectivesEn,
        @NotNull(message = "{training.error.format}") Format format,
        int version) {

    public enum Format {
        THEORY, PRACTICE
    }

    public static ModuleForm blank() {
        return new ModuleForm("", "", "", "", "", "", "", null, 0);
    }

    public static ModuleForm of(Programmes.Module module, int version) {
        return new ModuleForm(module.code(), module.titleAr(), module.titleFr(), module.titleEn(),
                module.objectivesAr(), module.objectivesFr(), module.objectivesEn(), Format.valueOf(module.format()),
                version);
    }
}
