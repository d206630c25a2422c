const HAS_OFFSET = /(?:Z|[+-]\d\d:\d\d)$/i;

/**
 * Milliseconds since the epoch of a wire timestamp. A naive timestamp (no
 * offset, as the spec-kitty CLI 1.x writes) is read as UTC: its real
 * offset is unknown, and UTC at least gives the same answer on every
 * machine.
 */
export function instantOf(timestamp: string): number {
  return Date.parse(HAS_OFFSET.test(timestamp) ? timestamp : `${timestamp}Z`);
}

/** `42s`, `3m 05s`, `2h 10m`, `3d 4h`; `-` when either instant is unknown or `at` is before `from`. */
export function formatAge(from: string, at: string): string {
  const ms = instantOf(at) - instantOf(from);
  if (!Number.isFinite(ms) || ms < 0) return "-";
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, "0")}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}
