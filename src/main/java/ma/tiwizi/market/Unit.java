package ma.tiwizi.market;

/** The unit a product's size is given in (250 ml, 1 g, 1 piece). */
public enum Unit {
    G, KG, ML, L, PIECE
}
