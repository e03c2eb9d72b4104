package ma.tiwizi.funding.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findByApplicationIdOrderById(Long applicationId);

    List<Review> findByReviewerIdOrderByIdDesc(Long reviewerId);

    List<Review> findByApplicationIdInAndStatus(Collection<Long> applicationIds, Review.Status status);

    boolean existsByApplicationIdAndReviewerIdAndStatusIn(Long applicationId, Long reviewerId,
            List<Review.Status> statuses);
}
