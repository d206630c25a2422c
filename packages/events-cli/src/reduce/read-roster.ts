import { readFileSync } from "node:fs";
import { type ParticipantIdentity, participantIdentityValidator } from "@sk/collab-contracts";
import { CliExit, EXIT } from "../cli/exit-codes.js";

/**
 * Reads `--roster FILE`: a JSON object participant_id → identity, or an
 * array of identities. Every identity is checked against the contract; a
 * problem is a usage error naming the file and the pointer.
 */
export function readRoster(path: string): Record<string, ParticipantIdentity> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CliExit(EXIT.usage, `cannot read roster ${path}: ${(error as Error).message}`);
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((identity, index) => [String(index), identity])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  if (entries.length === 0 && !(value !== null && typeof value === "object")) {
    throw new CliExit(EXIT.usage, `roster ${path}: expected an object participant_id → identity, or an array of identities`);
  }
  const roster: Record<string, ParticipantIdentity> = {};
  for (const [key, identity] of entries) {
    const result = participantIdentityValidator.validate(identity);
    if (!result.ok) throw new CliExit(EXIT.usage, `roster ${path}: /${key}${result.violations[0]!.message.replace(/^\(root\)/, "")}`);
    const id = Array.isArray(value) ? result.value.participant_id : key;
    Object.defineProperty(roster, id, { value: result.value, enumerable: true, writable: true, configurable: true });
  }
  return roster;
}
