package ma.tiwizi.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Role;
import ma.tiwizi.registry.CooperativeRef;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, changes, disables and lists accounts. Only administrators reach it (checked by the web layer's URL rules). */
@Service
public class AccountDirectory {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final CooperativeRegistry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountDirectory(UserAccounts accounts, PasswordEncoder passwords, CooperativeRegistry registry,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long open(NewAccountForm form) {
        if (accounts.existsByUsername(form.username())) {
            throw new ConflictException("accounts.error.usernameTaken", "username", form.username());
        }
        Long cooperative = cooperativeFor(form.role(), form.cooperativeNumber());
        var account = accounts.save(UserAccount.create(form.username(), form.displayName().strip(),
                blankToNull(form.email()), passwords.encode(form.password()), form.role(), cooperative,
                clock.instant()));
        events.publishEvent(Audited.by("create", "account", account.id(),
                account.username() + " (" + account.role() + ")"));
        return account.id();
    }

    /** Opens an account without an administrator: demo data and the first administrator of a new installation. */
    @Transactional
    public long openInitial(String username, String displayName, String rawPassword, Role role, Long cooperativeId) {
        var account = accounts.save(UserAccount.create(username, displayName, null, passwords.encode(rawPassword),
                role, cooperativeId, clock.instant()));
        events.publishEvent(new Audited("system", "create", "account", String.valueOf(account.id()),
                username + " (" + role + ")"));
        return account.id();
    }

    @Transactional
    public void change(long id, EditAccountForm form) {
        var account = load(id);
        if (form.version() != null && !form.version().equals(account.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        Long cooperative = cooperativeFor(form.role(), form.cooperativeNumber());
        var now = clock.instant();
        account.change(form.displayName().strip(), blankToNull(form.email()), form.role(), cooperative, now);
        account.enable(form.enabled(), now);
        if (form.newPassword() != null && !form.newPassword().isBlank()) {
            account.changePassword(passwords.encode(form.newPassword()), now);
        }
        accounts.save(account);
        events.publishEvent(Audited.by("update", "account", id, account.username() + " (" + account.role()
                + (account.enabled() ? "" : ", disabled") + ")"));
    }

    @Transactional
    public void unlock(long id) {
        var account = load(id);
        account.unlock(clock.instant());
        accounts.save(account);
        events.publishEvent(Audited.by("unlock", "account", id, account.username()));
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        var account = load(id);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefused("accounts.error.currentPassword", "currentPassword");
        }
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        events.publishEvent(Audited.by("password", "account", id, account.username()));
    }

    public AccountSummary get(long id) {
        return summary(load(id));
    }

    /** Display names of accounts, by id, in one query. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    /** The enabled accounts of one role, by name: for example the reviewers an administrator may assign. */
    public java.util.List<AccountSummary> withRole(Role role) {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(this::summary).toList();
    }

    public boolean any() {
        return accounts.count() > 0;
    }

    public PageOf<AccountSummary> list(int page, int size) {
        var found = accounts.findAll(PageRequest.of(page - 1, size, Sort.by("username")));
        return new PageOf<>(found.map(this::summary).toList(), page, size, found.getTotalElements());
    }

    /** The cooperatives linked to accounts of a page, in one query. */
    public Map<Long, CooperativeRef> cooperativesOf(List<AccountSummary> page) {
        Set<Long> ids = page.stream().map(AccountSummary::cooperativeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return registry.refs(ids);
    }

    public Optional<CooperativeRef> cooperative(Long id) {
        return id == null ? Optional.empty() : registry.ref(id);
    }

    private Long cooperativeFor(Role role, String number) {
        if (role != Role.COOP) {
            return null;
        }
        if (number == null || number.isBlank()) {
            throw new AccountRefused("accounts.error.cooperativeRequired", "cooperativeNumber");
        }
        return registry.findByRegistrationNumber(number.strip()).map(CooperativeRef::id)
                .orElseThrow(() -> new AccountRefused("accounts.error.cooperativeUnknown", "cooperativeNumber",
                        number.strip()));
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private AccountSummary summary(UserAccount a) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.cooperativeId(),
                a.enabled(), a.lockedAt(clock.instant()), a.createdAt(), a.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
