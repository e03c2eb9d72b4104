package ma.tiwizi.administration.assembly;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AssemblyRepository extends ListCrudRepository<Assembly, Long> {

    List<Assembly> findTop50ByCooperativeIdOrderByHeldOnDesc(Long cooperativeId);
}
