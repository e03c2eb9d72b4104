/**
 * The programme's indicators: analytics tables rebuilt from every module's data after changes (and on demand), the
 * ADMIN dashboard with its filters, charts, table by commune and drill-down, and its exports (.xlsx and PDF). Insights
 * may read every module; nothing depends on it, so its root holds nothing: everything lives in the internal
 * {@code dashboard} package, which Spring Modulith keeps out of other modules' reach.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"administration :: rules", "market", "platform", "registry", "territory"})
package ma.tiwizi.insights;
