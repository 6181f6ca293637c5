package vn.lantoa.bulletin;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored articles. */
interface Articles extends ListCrudRepository<Article, Long> {

	@Query("select * from article where issue_id = :issueId order by position, id")
	List<Article> findByIssue(long issueId);
}
