package ma.tiwizi.administration.governance;

import org.springframework.data.repository.CrudRepository;

interface ManagementRepository extends CrudRepository<Management, Long> {
}
