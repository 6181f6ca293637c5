package vn.lantoa.activity;

/** A live activity was edited: its figures changed from {@code before} to {@code after} (they may be equal). */
public record ActivityEdited(long activityId, ActivityFigures before, ActivityFigures after) {
}
