package vn.lantoa.shared;

/** The caller asked for or about a unit outside the subtree their account may see, or lacks the role for it. */
public class OutOfScope extends Refusal {

	public OutOfScope() {
		super(403, "error.forbidden");
	}
}
