import type { WarningAcknowledgement } from "@sk/collab-contracts";
import { setOwnProperty } from "../state/own-property.js";

/** A warning's acknowledgements as the output holds them: participant_id → latest acknowledgement, frozen. */
export type Acknowledgements = Readonly<Record<string, WarningAcknowledgement>>;

/** Most warnings are never acknowledged: they share one frozen empty record. */
export const NO_ACKNOWLEDGEMENTS: Acknowledgements = Object.freeze({});

/**
 * A new frozen record: `acknowledgements` with `participantId`'s
 * acknowledgement set. An earlier one is overwritten in its place (keys
 * keep the order of first acknowledgement); a new acknowledger goes last.
 */
export function withAcknowledgement(
  acknowledgements: Acknowledgements,
  participantId: string,
  acknowledgement: WarningAcknowledgement,
): Acknowledgements {
  const next: Record<string, WarningAcknowledgement> = {};
  for (const acknowledger of Object.keys(acknowledgements)) setOwnProperty(next, acknowledger, acknowledgements[acknowledger]!);
  setOwnProperty(next, participantId, acknowledgement);
  return Object.freeze(next);
}
