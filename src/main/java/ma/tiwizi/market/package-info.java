/**
 * Market access: each cooperative's products with photos, the quality labels it claims and the committee verifies, a
 * public Arabic-first storefront with brand pages, guest orders split per cooperative with stock reserved atomically,
 * QR codes to a traceability page, and each cooperative's sales (read by other modules through {@link
 * ma.tiwizi.market.MarketSales}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "territory"})
package ma.tiwizi.market;
