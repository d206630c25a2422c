import { join } from "node:path";
import { PassThrough } from "node:stream";
import { ArgumentError, SkError } from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import { CommandContext } from "../../src/cli/command-context.ts";
import { fileInput } from "../../src/input/open-input.ts";
import { readLinesInWorker } from "../../src/input/read-log.ts";
import { reduceLog } from "../../src/reduce/reduce-log.ts";
import type { ReducerPlugin } from "../../src/reduce/reducer-plugin.ts";
import { Rejection, rejectionOf } from "../../src/reduce/rejection.ts";
import { smallMission, tempDir, writeJsonl } from "../support/events.ts";
import { packageDir } from "../support/run-cli.ts";

const context = () => new CommandContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {} });

/** A plugin that counts events; its live reducer applies while `live` says so (or throws what it throws). */
function countingPlugin(live?: (count: number) => boolean): ReducerPlugin<number> {
  return {
    takesRoster: false,
    owns: () => true,
    reduce: (events) => events.length,
    live:
      live === undefined
        ? undefined
        : () => {
            let count = 0;
            return { apply: () => live(++count), state: () => count };
          },
    summarise: (state) => String(state),
  };
}

const log = () => fileInput(writeJsonl(tempDir(), "log.jsonl", smallMission()), 0);

describe("reduceLog", () => {
  it("streams through the live reducers when they apply everything", async () => {
    const result = await reduceLog(context(), log(), { plugin: countingPlugin(() => true), mode: "strict", mission: undefined });
    expect(result).toMatchObject({ path: "live", skippedLines: 0, missions: [{ aggregateId: "mission/m-1", state: 9, lastTimestamp: "2026-03-01T09:00:09Z" }] });
  });

  it("reads the log again in one batch when a live reducer gives up on an event (too late)", async () => {
    const result = await reduceLog(context(), log(), { plugin: countingPlugin((count) => count < 4), mode: "permissive", mission: undefined });
    expect(result).toMatchObject({ path: "batch", missions: [{ state: 9 }] });
  });

  it("reads the log again in one batch when a live reducer throws a typed error", async () => {
    const plugin = countingPlugin(() => {
      throw new ArgumentError("x", "rule", 1, "anything");
    });
    expect((await reduceLog(context(), log(), { plugin, mode: "strict", mission: undefined })).path).toBe("batch");
  });

  it("lets anything but a typed error through (a bug is not a fallback)", async () => {
    const bug = new TypeError("bug");
    const plugin = countingPlugin(() => {
      throw bug;
    });
    await expect(reduceLog(context(), log(), { plugin, mode: "strict", mission: undefined })).rejects.toBe(bug);
  });

  it("uses the batch path alone for reducers without a live reducer", async () => {
    expect((await reduceLog(context(), log(), { plugin: countingPlugin(), mode: "strict", mission: undefined })).path).toBe("batch");
  });

  it("turns a batch reducer's typed error into a rejection, without a line when it names no event", async () => {
    const plugin: ReducerPlugin<number> = {
      ...countingPlugin(),
      reduce: () => {
        throw new SkError("SOMETHING", "went wrong");
      },
    };
    const error = await reduceLog(context(), log(), { plugin, mode: "strict", mission: undefined }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Rejection);
    expect((error as Rejection).details).toEqual({ code: "SOMETHING", file: expect.any(String), line: null, event_id: null, event_type: null, message: "went wrong" });
  });

  it("names no line for an event_id that is not in the mission", async () => {
    const plugin: ReducerPlugin<number> = {
      ...countingPlugin(),
      reduce: () => {
        throw Object.assign(new SkError("SOMETHING", "went wrong"), { event_id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ" });
      },
    };
    const error = (await reduceLog(context(), log(), { plugin, mode: "strict", mission: undefined }).catch((caught: unknown) => caught)) as Rejection;
    expect(error.details.line).toBeNull();
  });
});

describe("rejectionOf", () => {
  it("rethrows what is not an @sk error", () => {
    const bug = new Error("bug");
    expect(() => rejectionOf(bug, "f", () => null)).toThrow(bug);
  });

  it("reads event_id and event_type when they are strings, and asks for the line", () => {
    const error = Object.assign(new SkError("X", "m"), { event_id: "E", event_type: 7 });
    expect(rejectionOf(error, "f", (id) => (id === "E" ? 12 : null)).details).toEqual({ code: "X", file: "f", line: 12, event_id: "E", event_type: null, message: "m" });
  });
});

describe("formatRejection", () => {
  it("names the file alone when the line is unknown, and - for missing ids", async () => {
    const { formatRejection } = await import("../../src/reduce/rejection.ts");
    const pc = (await import("picocolors")).default.createColors(false);
    expect(formatRejection({ code: "X", file: "f", line: null, event_id: null, event_type: null, message: "m" }, pc).split("\n")).toEqual([
      "sk-events: strict mode rejected f",
      "  code:       X",
      "  event_id:   -",
      "  event_type: -",
      "  message:    m",
      "Run with --mode permissive to record rejected events as anomalies and go on.",
    ]);
  });
});

describe("a second pass after the live reducers gave up", () => {
  it("reports on stderr only the skipped lines the first pass had not reached", async () => {
    const stderr = new PassThrough();
    let text = "";
    stderr.on("data", (chunk) => {
      text += chunk;
    });
    const ctx = new CommandContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} });
    const events = smallMission();
    const input = fileInput(writeJsonl(tempDir(), "log.jsonl", [events[0], "{nope", ...events.slice(1), "42"]), 0);
    const result = await reduceLog(ctx, input, { plugin: countingPlugin((count) => count < 5), mode: "permissive", mission: undefined });
    expect(result).toMatchObject({ path: "batch", skippedLines: 2, missions: [{ state: 9 }] });
    expect(text.match(/:2: skipped \(NOT_JSON\)/g)).toHaveLength(1);
    expect(text.match(/:11: skipped \(INVALID_ENVELOPE\)/g)).toHaveLength(1);
  });
});

describe("the collaboration reducer's reorder window", () => {
  it("streams a nearly ordered log, and falls back to one batch for an event older than the window", async () => {
    const { collabReducerPlugin } = await import("../../src/reduce/collab-reducer-plugin.ts");
    const { reduceCollaborationEvents } = await import("@sk/collab-reducer");
    const { beat, join_ } = await import("../support/events.ts");
    const ordered = [join_(1, "ana"), join_(2, "ben"), ...Array.from({ length: 1200 }, (_, at) => beat(at + 3, at % 2 === 0 ? "ana" : "ben"))];
    const nearly = [ordered[1]!, ordered[0]!, ...ordered.slice(2)];
    const live = await reduceLog(context(), fileInput(writeJsonl(tempDir(), "nearly.jsonl", nearly), 0), { plugin: collabReducerPlugin, mode: "strict", mission: undefined });
    expect(live.path).toBe("live");
    expect(live.missions[0]!.state).toEqual(reduceCollaborationEvents(ordered as never));
    // The second join arrives after 1,200 later events: too late for the window.
    const late = [ordered[0]!, ...ordered.slice(2), ordered[1]!];
    const batch = await reduceLog(context(), fileInput(writeJsonl(tempDir(), "late.jsonl", late), 0), { plugin: collabReducerPlugin, mode: "permissive", mission: undefined });
    expect(batch.path).toBe("batch");
    expect(batch.missions[0]!.state).toEqual(reduceCollaborationEvents(ordered as never, { mode: "permissive" }));
  });
});

describe("a pass in lamport clock order (a log file read by the worker thread)", () => {
  const worker = readLinesInWorker(new URL(`file://${join(packageDir, "dist/input/line-worker.js")}`));
  const capture = () => {
    const stderr = new PassThrough();
    const seen = { text: "" };
    stderr.on("data", (chunk) => {
      seen.text += chunk;
    });
    return { context: new CommandContext({ stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} }, worker), seen };
  };
  /** Counts events; its live reducer throws for what is not an object, as a real one does for what is not an envelope, and gives up when a clock goes down (a reorder window of none). */
  const inOrder: ReducerPlugin<number> = {
    ...countingPlugin(),
    live: () => {
      let last = -1;
      let count = 0;
      return {
        apply: (event) => {
          if (typeof event !== "object") throw new ArgumentError("event", "type", event, "expected an object");
          const clock = (event as { lamport_clock: number }).lamport_clock;
          if (clock < last) return false;
          last = clock;
          return ++count > 0;
        },
        state: () => count,
      };
    },
  };
  const [e1, e2, e3, e4, e5, e6, e7, e8, e9] = smallMission();

  it("streams a shuffled log after the pass in file order gave up, reporting skipped lines once, in file order", async () => {
    const { context, seen } = capture();
    const input = fileInput(writeJsonl(tempDir(), "log.jsonl", [e1, e3, "{nope", e2, e5, e4, "42", e6, e9, e8, e7]), 0);
    const result = await reduceLog(context, input, { plugin: inOrder, mode: "permissive", mission: undefined });
    expect(result).toMatchObject({ path: "live", skippedLines: 2, missions: [{ aggregateId: "mission/m-1", state: 9, lastTimestamp: "2026-03-01T09:00:09Z" }] });
    expect(seen.text.split("\n").filter(Boolean).map((line) => /:(\d+): skipped \((\w+)\)/.exec(line)?.slice(1))).toEqual([
      ["3", "NOT_JSON"],
      ["7", "INVALID_ENVELOPE"],
    ]);
  });

  it("leaves what strict mode rejects to the batch pass, which names the first such line of the file", async () => {
    const { context } = capture();
    // In clock order the line that is not JSON (no clock) comes first; in the file the invalid envelope does.
    const input = fileInput(writeJsonl(tempDir(), "log.jsonl", [e2, e1, e3, { ...e4, node_id: 7 }, e5, "{nope", e6, e7, e8, e9]), 0);
    const error = (await reduceLog(context, input, { plugin: inOrder, mode: "strict", mission: undefined }).catch((caught: unknown) => caught)) as Rejection;
    expect(error).toBeInstanceOf(Rejection);
    expect(error.details).toMatchObject({ code: "INVALID_ENVELOPE", line: 4 });
  });

  it("gives the collaboration reducer's state of a shuffled log, as the batch reduction does", async () => {
    const { collabReducerPlugin } = await import("../../src/reduce/collab-reducer-plugin.ts");
    const { reduceCollaborationEvents } = await import("@sk/collab-reducer");
    const { beat, join_ } = await import("../support/events.ts");
    const ordered = [join_(1, "ana"), join_(2, "ben"), ...Array.from({ length: 1500 }, (_, at) => beat(at + 3, at % 2 === 0 ? "ana" : "ben"))];
    const shuffled = [...ordered.slice(2).reverse(), ordered[1]!, ordered[0]!, ordered[700]!];
    for (const mode of ["strict", "permissive"] as const) {
      const result = await reduceLog(capture().context, fileInput(writeJsonl(tempDir(), "shuffled.jsonl", shuffled), 0), { plugin: collabReducerPlugin, mode, mission: undefined });
      expect(result.path).toBe("live");
      expect(result.missions[0]!.state).toEqual(reduceCollaborationEvents(ordered as never, { mode }));
    }
  });
});
