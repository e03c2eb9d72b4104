package ma.tiwizi.registry;

/** Sex as recorded in the registry (F woman, M man). */
public enum Sex {
    F, M
}
