package ma.tiwizi.accounts;

/** Where an account's holder may be told something herself: her own e-mail address and mobile number, each may be null. */
public record AccountContact(long id, String email, String phone) {
}
