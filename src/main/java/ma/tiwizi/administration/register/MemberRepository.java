package ma.tiwizi.administration.register;

import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, Long> {
}
