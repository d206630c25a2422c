import pc from "picocolors";
import type { OutputStream } from "../cli/cli-io.js";

/** The colour functions of picocolors; plain identity functions when colour is off. */
export type Style = ReturnType<typeof pc.createColors>;

/**
 * Colour only on a terminal, and never when `NO_COLOR` is set to a
 * non-empty value (https://no-color.org).
 */
export function styleFor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): Style {
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return pc.createColors(stream.isTTY === true && !noColor);
}
