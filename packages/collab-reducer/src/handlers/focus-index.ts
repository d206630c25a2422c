import { focusTargetKey } from "@sk/collab-contracts";
import type { WorkingState } from "../fold/working-state.js";
import type { FocusTargetEntry } from "../state/reduced-state.js";

/** Removes a participant's focus from both indexes; an emptied reverse entry is deleted. */
export function clearFocus(state: WorkingState, participantId: string): void {
  const previous = state.focusByParticipant.get(participantId);
  if (previous === undefined) return;
  state.focusByParticipant.delete(participantId);
  // Both indexes change together, so the reverse entry exists.
  const onTarget = state.participantsByFocus.get(previous.key)!;
  onTarget.delete(participantId);
  if (onTarget.size === 0) state.participantsByFocus.delete(previous.key);
}

/** Sets a participant's focus in both indexes. */
export function setFocus(state: WorkingState, participantId: string, target: FocusTargetEntry): void {
  const key = focusTargetKey(target);
  state.focusByParticipant.set(participantId, { target, key });
  const onTarget = state.participantsByFocus.get(key);
  if (onTarget === undefined) state.participantsByFocus.set(key, new Set<string>().add(participantId));
  else onTarget.add(participantId);
}
