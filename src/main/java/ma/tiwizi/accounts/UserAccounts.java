package ma.tiwizi.accounts;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long>,
        ListPagingAndSortingRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(ma.tiwizi.platform.Role role);
}
