package ma.tiwizi.funding.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ma.tiwizi.funding.ApplicationStatus;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationRepository extends ListCrudRepository<Application, Long> {

    Optional<Application> findByCallIdAndCooperativeId(Long callId, Long cooperativeId);

    List<Application> findByCallIdAndStatusIn(Long callId, Collection<ApplicationStatus> statuses);
}
