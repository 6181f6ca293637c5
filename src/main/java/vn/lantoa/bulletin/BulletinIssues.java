package vn.lantoa.bulletin;

import org.springframework.data.repository.ListCrudRepository;

/** The stored bulletin issues. */
interface BulletinIssues extends ListCrudRepository<BulletinIssue, Long> {
}
