package vn.lantoa.recognition;

import org.springframework.data.repository.ListCrudRepository;

/** The stored contests. */
interface Contests extends ListCrudRepository<Contest, Long> {
}
