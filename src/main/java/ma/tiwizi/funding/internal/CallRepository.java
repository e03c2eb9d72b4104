package ma.tiwizi.funding.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface CallRepository extends ListCrudRepository<Call, Long>, ListPagingAndSortingRepository<Call, Long> {

    Page<Call> findByPublishedTrue(Pageable pageable);
}
