package vn.lantoa.recognition;

import org.springframework.data.repository.ListCrudRepository;

/** The stored exemplary models. */
interface ExemplaryModels extends ListCrudRepository<ExemplaryModel, Long> {
}
