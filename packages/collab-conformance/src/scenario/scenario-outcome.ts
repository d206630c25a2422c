/** The reducer modes a scenario is run in, in report order. */
export type ScenarioMode = "strict" | "permissive";

/** The modes, in the order they run. */
export const SCENARIO_MODES: readonly ScenarioMode[] = Object.freeze(["strict", "permissive"]);

/** The result of one scenario in one mode. */
export type ScenarioModeOutcome =
  | { readonly ok: true; readonly mode: ScenarioMode }
  | {
      readonly ok: false;
      readonly mode: ScenarioMode;
      /** Why, in one line. */
      readonly reason: string;
      /** Expected vs actual, one difference per line (may be empty). */
      readonly diff: string;
    };
