import { readdirSync, readFileSync } from "node:fs";
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, serialiseJsonSchema } from "@sk/event-envelope";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  authPrincipalBindingValidator,
  COLLABORATION_EVENT_TYPES,
  collaborationJsonSchemas,
  focusTargetValidator,
  PAYLOAD_VALIDATORS,
  ParticipantIdentitySchema,
  participantIdentityValidator,
  snakeCase,
} from "../../src/index.js";
import { itAgreesWithAjv } from "../support/ajv-agreement.js";
import { INVALID_PAYLOADS, VALID_PAYLOADS } from "../support/examples.js";

const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);
const documents = collaborationJsonSchemas();

/** The compiled TypeBox validator behind each generated file. */
const CHECKS = new Map<string, (value: unknown) => boolean>([
  ["participant_identity.schema.json", participantIdentityValidator.check],
  ["auth_principal_binding.schema.json", authPrincipalBindingValidator.check],
  ["focus_target.schema.json", focusTargetValidator.check],
  ...[...COLLABORATION_EVENT_TYPES].map((eventType) => [`${snakeCase(eventType)}_payload.schema.json`, PAYLOAD_VALIDATORS[eventType].check] as const),
]);

function readCheckedIn(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8"));
}

function ajvFor(file: string) {
  // ajv is CommonJS: under NodeNext the default import is its module.exports, whose `default` is the class.
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  return ajv.compile(readCheckedIn(file) as object);
}

describe("snakeCase", () => {
  it("turns PascalCase type names into file names", () => {
    expect(snakeCase("ParticipantIdentity")).toBe("participant_identity");
    expect(snakeCase("PotentialStepCollisionDetectedPayload")).toBe("potential_step_collision_detected_payload");
    expect(snakeCase("FocusTarget")).toBe("focus_target");
  });
});

describe("collaborationJsonSchemas", () => {
  it("lists the 17 files of the spec, models first, payloads in spec order", () => {
    expect(documents.map(({ file }) => file)).toEqual([
      "participant_identity.schema.json",
      "auth_principal_binding.schema.json",
      "focus_target.schema.json",
      "participant_invited_payload.schema.json",
      "participant_joined_payload.schema.json",
      "participant_left_payload.schema.json",
      "presence_heartbeat_payload.schema.json",
      "drive_intent_set_payload.schema.json",
      "focus_changed_payload.schema.json",
      "prompt_step_execution_started_payload.schema.json",
      "prompt_step_execution_completed_payload.schema.json",
      "concurrent_driver_warning_payload.schema.json",
      "potential_step_collision_detected_payload.schema.json",
      "warning_acknowledged_payload.schema.json",
      "comment_posted_payload.schema.json",
      "decision_captured_payload.schema.json",
      "session_linked_payload.schema.json",
    ]);
    expect(Object.isFrozen(documents)).toBe(true);
  });

  it("gives each document the draft 2020-12 header: $schema, $id, title, description", () => {
    for (const { file, document } of documents) {
      expect(Object.keys(document).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(document["$schema"]).toBe(JSON_SCHEMA_DIALECT);
      expect(document["$id"]).toBe(SCHEMA_ID_BASE + file);
      expect(`${snakeCase(document["title"] as string)}.schema.json`).toBe(file);
      expect(document["description"]).toEqual(expect.stringMatching(/\S/));
    }
    const byFile = new Map(documents.map(({ file, document }) => [file, document]));
    expect(byFile.get("participant_identity.schema.json")?.["description"]).toBe(ParticipantIdentitySchema.description);
    expect(byFile.get("focus_target.schema.json")?.["title"]).toBe("FocusTarget");
    expect(byFile.get("session_linked_payload.schema.json")?.["title"]).toBe("SessionLinkedPayload");
  });

  it("returns fresh documents on each call", () => {
    const first = collaborationJsonSchemas();
    (first[0]!.document as Record<string, unknown>)["title"] = "changed";
    expect(collaborationJsonSchemas()[0]!.document["title"]).toBe("ParticipantIdentity");
  });
});

describe("checked-in schemas/ files", () => {
  it("are exactly the generated files, byte for byte (run `pnpm build` to regenerate)", () => {
    const onDisk = readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith(".schema.json")).sort();
    expect(onDisk).toEqual(documents.map(({ file }) => file).sort());
    for (const { file, document } of documents) {
      expect(readFileSync(new URL(file, SCHEMAS_DIR), "utf8"), file).toBe(serialiseJsonSchema(document));
    }
  });

  it.each(documents.map(({ file }) => file))("%s compiles with Ajv (draft 2020-12, strict)", (file) => {
    expect(() => ajvFor(file)).not.toThrow();
  });

  it("give Ajv the same verdict as the compiled validators on the examples", () => {
    for (const [eventType, payload] of Object.entries(VALID_PAYLOADS)) {
      const file = `${snakeCase(eventType)}_payload.schema.json`;
      expect(ajvFor(file)(payload), file).toBe(true);
    }
    for (const example of INVALID_PAYLOADS) {
      const validate = ajvFor(`${snakeCase(example.event_type)}_payload.schema.json`);
      expect(validate(example.payload), example.description).toBe(false);
      const ajvPaths = (validate.errors ?? []).map((error) => error.instancePath);
      for (const violation of example.violations) {
        // Ajv reports a missing field at its parent, with the name in params.
        const expectedPath = violation.rule === "required" ? violation.path.replace(/\/[^/]*$/, "") : violation.path;
        expect(ajvPaths, example.description).toContain(expectedPath);
      }
    }
  });

  describe.each([...CHECKS.keys()])("%s", (file) => {
    const check = CHECKS.get(file)!;
    const validate = ajvFor(file);
    itAgreesWithAjv(check, validate, readCheckedIn(file) as Record<string, unknown>);
  });
});
