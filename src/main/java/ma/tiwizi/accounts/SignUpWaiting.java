package ma.tiwizi.accounts;

/** A president proved her phone but the registry does not confirm it: her request waits for the committee. */
public record SignUpWaiting(long requestId, String fullName) {
}
