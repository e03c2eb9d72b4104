package ma.tiwizi.registry;

import org.springframework.data.repository.ListCrudRepository;

interface CooperativeRepository extends ListCrudRepository<Cooperative, Long> {
}
