package ma.tiwizi.funding.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findByApplicationIdOrderById(Long applicationId);

    List<Review> findByReviewerIdOrderByIdDesc(Long reviewerId);

    List<Review> findByApplicationIdInAndStatus(java.util.Collection<Long> applicationIds, Review.Status status);

    boolean existsByApplicationIdAndReviewerIdAndStatusIn(Long applicationId, Long reviewerId,
            List<Review.Status> statuses);
}
