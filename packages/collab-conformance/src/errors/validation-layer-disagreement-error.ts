import { describeValue, SkError } from "@sk/event-envelope/errors";

/**
 * The compiled TypeBox validator and the independent Ajv validator of the
 * shipped JSON Schema files disagreed on a value. This is always a bug in
 * the contracts (a schema file out of step with its TypeBox schema, or a
 * validator bug), never in the value.
 */
export class ValidationLayerDisagreementError extends SkError<"VALIDATION_LAYER_DISAGREEMENT"> {
  /** `"Event"` or the collaboration event type the value was checked as. */
  readonly event_type: string;
  /** The value both layers checked. */
  readonly value: unknown;
  /** What the TypeBox layer decided. */
  readonly typebox_valid: boolean;
  /** What the Ajv layer decided. */
  readonly ajv_valid: boolean;

  constructor(eventType: string, value: unknown, typeboxValid: boolean, ajvValid: boolean) {
    super(
      "VALIDATION_LAYER_DISAGREEMENT",
      `${eventType}: TypeBox says ${typeboxValid ? "valid" : "invalid"}, Ajv says ${ajvValid ? "valid" : "invalid"} (rule: layersAgree), got ${describeValue(value)}`,
    );
    this.event_type = eventType;
    this.value = value;
    this.typebox_valid = typeboxValid;
    this.ajv_valid = ajvValid;
  }
}
