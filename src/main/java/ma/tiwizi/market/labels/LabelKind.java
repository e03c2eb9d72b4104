package ma.tiwizi.market.labels;

/**
 * Quality labels a cooperative may claim (see ../shared/design/DOMAIN.md §4). ONSSA and "other" need a detail: the
 * authorisation number, or the label's name.
 */
public enum LabelKind {
    SAFRAN_TALIOUINE_AOP, ARGAN_IGP, ORGANIC, ONSSA, MOROCCO_HANDMADE, OTHER;

    public boolean needsDetail() {
        return this == ONSSA || this == OTHER;
    }
}
