package ma.tiwizi.registry;

/** What a cooperative produces or does. */
public enum Sector {
    SAFFRON, ARGAN, OLIVE_OIL, HONEY, DATES, CRAFTS, TEXTILES, DAIRY, AROMATIC_PLANTS, TOURISM, DIGITAL_SERVICES, OTHER
}
