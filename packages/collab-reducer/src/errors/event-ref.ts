/** The event a reducer error is about. */
export interface EventRef {
  /** `event_id` of the offending event. */
  readonly eventId: string;
  /** `event_type` of the offending event. */
  readonly eventType: string;
}
