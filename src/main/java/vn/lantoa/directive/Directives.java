package vn.lantoa.directive;

import org.springframework.data.repository.ListCrudRepository;

/** The stored directives. */
public interface Directives extends ListCrudRepository<Directive, Long> {
}
