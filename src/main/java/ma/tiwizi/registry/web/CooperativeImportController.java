package ma.tiwizi.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.registry.spreadsheet.CooperativeExport;
import ma.tiwizi.registry.spreadsheet.CooperativeImport;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Spreadsheet import: upload, preview row by row, confirm once, download the rejected rows. */
@Controller
@RequestMapping("/cooperatives/import")
@AdminOnly
@RequiredArgsConstructor
class CooperativeImportController {

    private final CooperativeImport imports;
    private final CooperativeExport export;

    @GetMapping
    String start() {
        return "registry/import";
    }

    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"tiwizi-cooperatives-template.xlsx\"");
        export.template(LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @PostMapping
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "registry.import.error.empty");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "registry/import";
        }
        try {
            String id = imports.upload(file.getOriginalFilename(), file.getBytes());
            return "redirect:/cooperatives/import/" + id;
        } catch (UserFacingException refusal) {
            model.addAttribute("error", refusal.messageKey());
            model.addAttribute("errorArguments", refusal.arguments());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "registry/import";
        }
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String id, Model model) {
        model.addAttribute("preview", imports.preview(id));
        return "registry/preview";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable String id, RedirectAttributes redirect) {
        int saved = imports.confirm(id);
        redirect.addFlashAttribute("saved", saved);
        return "redirect:/cooperatives/import/" + id;
    }

    @GetMapping("/{id}/rejected.csv")
    void rejected(@PathVariable String id, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-rows.csv\"");
        response.getOutputStream().write(imports.rejected(id));
    }
}
