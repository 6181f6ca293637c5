package vn.lantoa.activity;

/** An activity was recorded (by hand, through the API or by an import): its figures now count. */
public record ActivityRecorded(long activityId, ActivityFigures figures) {
}
