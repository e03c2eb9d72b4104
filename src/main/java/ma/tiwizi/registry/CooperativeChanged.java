package ma.tiwizi.registry;

/** A cooperative was registered, edited or changed status: modules that copy its public facts refresh them. */
public record CooperativeChanged(long cooperativeId) {
}
