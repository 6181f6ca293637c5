package vn.lantoa.shared;

/** Someone else saved the same record since this user opened it; they must reload and redo their change. */
public class StaleEdit extends Refusal {

	public StaleEdit() {
		super(409, "error.staleEdit");
	}
}
