package vn.lantoa.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored accounts. */
public interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);
}
