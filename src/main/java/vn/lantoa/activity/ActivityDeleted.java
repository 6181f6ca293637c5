package vn.lantoa.activity;

/** An activity was deleted (kept, marked deleted): its figures no longer count. */
public record ActivityDeleted(long activityId, ActivityFigures figures) {
}
