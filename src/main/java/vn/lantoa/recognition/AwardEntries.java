package vn.lantoa.recognition;

import org.springframework.data.repository.ListCrudRepository;

/** The stored press-award entries. */
interface AwardEntries extends ListCrudRepository<AwardEntry, Long> {
}
