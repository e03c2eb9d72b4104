package ma.tiwizi.market;

/** What a product is, as shoppers browse the storefront. */
public enum Category {
    SAFFRON, ARGAN_OIL, OLIVE_OIL, HONEY, AMLOU, DATES, COUSCOUS_CEREALS, AROMATIC_PLANTS, COSMETICS, CRAFTS, TEXTILES,
    OTHER
}
