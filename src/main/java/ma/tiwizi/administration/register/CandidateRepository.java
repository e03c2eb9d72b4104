package ma.tiwizi.administration.register;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CandidateRepository extends ListCrudRepository<Candidate, Long> {

    List<Candidate> findByCooperativeIdAndStatusOrderByRequestedOnAscIdAsc(Long cooperativeId, Candidate.Status status);
}
