package ma.tiwizi.funding.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import ma.tiwizi.funding.ApplicationStatus;

interface ApplicationRepository extends ListCrudRepository<Application, Long> {

    Optional<Application> findByCallIdAndCooperativeId(Long callId, Long cooperativeId);

    java.util.List<Application> findByCallIdAndStatusIn(Long callId, java.util.Collection<ApplicationStatus> statuses);
}
