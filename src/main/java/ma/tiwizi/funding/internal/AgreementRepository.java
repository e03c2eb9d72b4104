package ma.tiwizi.funding.internal;

import org.springframework.data.repository.CrudRepository;

interface AgreementRepository extends CrudRepository<Agreement, Long> {
}
