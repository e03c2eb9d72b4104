package ma.tiwizi.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class AccountDirectory {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final SignedInSessions sessions;
    private final CooperativeRegistry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public long open(NewAccountForm form) {
        if (accounts.existsByUsername(form.username())) {
            throw new ConflictException("accounts.error.usernameTaken", "username", form.username());
        }
        policy.check(form.username(), form.password(), "password");
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

    /**
     * Changes an account. A change of role, cooperative, password or a disabling ends every session of the user at
     * once: rights are never kept past the moment they are taken away.
     */
    @Transactional
    public void change(long id, EditAccountForm form) {
        var account = load(id);
        if (form.version() != null && !form.version().equals(account.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        boolean newPassword = form.newPassword() != null && !form.newPassword().isBlank();
        if (newPassword) {
            policy.check(account.username(), form.newPassword(), "newPassword");
        }
        Long cooperative = cooperativeFor(form.role(), form.cooperativeNumber());
        boolean rightsChange = account.role() != form.role() || !Objects.equals(account.cooperativeId(),
                cooperative) || (account.enabled() && !form.enabled()) || newPassword;
        var now = clock.instant();
        account.change(form.displayName().strip(), blankToNull(form.email()), form.role(), cooperative, now);
        account.enable(form.enabled(), now);
        if (newPassword) {
            account.changePassword(passwords.encode(form.newPassword()), now);
        }
        accounts.save(account);
        if (rightsChange) {
            sessions.endAll(account.username());
        }
        events.publishEvent(Audited.by("update", "account", id, account.username() + " (" + account.role()
                + (account.enabled() ? "" : ", disabled") + ")"));
    }

    @Transactional
    public void unlock(long id) {
        var account = load(id);
        throttle.unlock(account.username());
        events.publishEvent(Audited.by("unlock", "account", id, account.username()));
    }

    /**
     * A user changes their own password, proving they know the current one; every other session of theirs ends (a
     * phone left signed in somewhere), the one they are using goes on.
     */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword, String keptSessionId) {
        var account = load(id);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefused("accounts.error.currentPassword", "currentPassword");
        }
        policy.check(account.username(), newPassword, "newPassword");
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        sessions.endAllBut(account.username(), keptSessionId);
        events.publishEvent(Audited.by("password", "account", id, account.username()));
    }

    /**
     * A user keeps their own mobile number, where a code comes when the password is forgotten; one account per
     * number; blank forgets it.
     */
    @Transactional
    public void changeOwnPhone(long id, String typed) {
        var account = load(id);
        String phone = null;
        if (typed != null && !typed.isBlank()) {
            phone = ma.tiwizi.platform.text.MoroccanPhone.mobile(typed).orElseThrow(() -> new AccountRefused("accounts.error.mobile", "phone"));
            if (accounts.findByPhone(phone).filter(other -> !other.id().equals(id)).isPresent()) {
                throw new AccountRefused("accounts.error.phoneTaken", "phone");
            }
        }
        account.changePhone(phone, clock.instant());
        accounts.save(account);
        events.publishEvent(Audited.by("phone", "account", id, account.username()));
    }

    /** The user's own e-mail address and mobile number. */
    @Transactional(readOnly = true)
    public AccountContact contact(long id) {
        var account = load(id);
        return new AccountContact(account.id(), account.email(), account.phone());
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        var account = load(id);
        return summary(account, throttle.locked(List.of(account.username())));
    }

    /** Display names of accounts, by id, in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    /** The enabled accounts of one role, by name: for example the reviewers an administrator may assign. */
    public List<AccountSummary> withRole(Role role) {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(a -> summary(a, Set.of()))
                .toList();
    }

    /** The enabled accounts of a cooperative with their own contacts, for notices each may ask for herself. */
    @Transactional(readOnly = true)
    public List<AccountContact> contactsOf(long cooperativeId) {
        return accounts.findByCooperativeIdAndEnabledTrue(cooperativeId).stream()
                .map(a -> new AccountContact(a.id(), a.email(), a.phone())).toList();
    }

    public boolean any() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    public PageOf<AccountSummary> list(int page, int size) {
        var found = accounts.findAll(PageRequest.of(page - 1, size, Sort.by("username")));
        Set<String> locked = throttle.locked(found.map(UserAccount::username).toList());
        return new PageOf<>(found.map(a -> summary(a, locked)).toList(), page, size, found.getTotalElements());
    }

    /** The cooperatives linked to accounts of a page, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, CooperativeRef> cooperativesOf(List<AccountSummary> page) {
        Set<Long> ids = page.stream().map(AccountSummary::cooperativeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return registry.refs(ids);
    }

    @Transactional(readOnly = true)
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

    private static AccountSummary summary(UserAccount a, Set<String> locked) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.cooperativeId(),
                a.enabled(), locked.contains(a.username()), a.createdAt(), a.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
