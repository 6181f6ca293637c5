package vn.lantoa.activity;

/** A deleted activity was restored: its figures count again. */
public record ActivityRestored(long activityId, ActivityFigures figures) {
}
