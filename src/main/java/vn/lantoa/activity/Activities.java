package vn.lantoa.activity;

import org.springframework.data.repository.ListCrudRepository;

/** The stored activities, deleted ones included. */
public interface Activities extends ListCrudRepository<Activity, Long> {
}
