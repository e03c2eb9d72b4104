package ma.tiwizi.accounts;

import java.util.List;
import java.util.Optional;
import ma.tiwizi.platform.Role;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long>,
        ListPagingAndSortingRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByPhone(String phone);

    List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    List<UserAccount> findByCooperativeIdAndEnabledTrue(Long cooperativeId);
}
