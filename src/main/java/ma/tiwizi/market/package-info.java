/**
 * Market access: each cooperative's products with photos, the quality labels it claims and the committee verifies, a
 * public Arabic-first storefront with brand pages, guest orders split per cooperative with stock reserved atomically,
 * QR codes to a traceability page, and each cooperative's sales. Other modules see only this root: the catalogue
 * ({@link ma.tiwizi.market.Products} with its form, categories and units) and the {@link ma.tiwizi.market.OrderPlaced}
 * event; the storefront, orders, labels and shops live in internal packages.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "territory"})
package ma.tiwizi.market;
