package ma.tiwizi.registry;

import org.springframework.data.repository.ListCrudRepository;

interface Cooperatives extends ListCrudRepository<Cooperative, Long> {
}
