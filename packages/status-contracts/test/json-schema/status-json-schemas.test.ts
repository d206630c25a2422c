import { readdirSync, readFileSync } from "node:fs";
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, serialiseJsonSchema, type Validator } from "@sk/event-envelope";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  doneEvidenceValidator,
  forceMetadataValidator,
  repoEvidenceValidator,
  reviewVerdictValidator,
  StatusTransitionPayloadSchema,
  statusJsonSchemas,
  statusTransitionPayloadValidator,
  verificationEntryValidator,
  WP_STATUS_CHANGED_SCHEMA_FILE,
} from "../../src/index.js";
import { mutatedArbitrary, payloadWith, VALID_PAYLOAD, validPayloadArbitrary } from "../support/payloads.js";

const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);
const documents = statusJsonSchemas();

const VALIDATORS = new Map<string, Validator<unknown>>([
  ["repo_evidence.schema.json", repoEvidenceValidator],
  ["verification_entry.schema.json", verificationEntryValidator],
  ["review_verdict.schema.json", reviewVerdictValidator],
  ["done_evidence.schema.json", doneEvidenceValidator],
  ["force_metadata.schema.json", forceMetadataValidator],
  [WP_STATUS_CHANGED_SCHEMA_FILE, statusTransitionPayloadValidator],
]);

function readCheckedIn(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")) as Record<string, unknown>;
}

function ajvFor(file: string) {
  // ajv is CommonJS: under NodeNext the default import is its module.exports, whose `default` is the class.
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  return ajv.compile(readCheckedIn(file));
}

describe("statusJsonSchemas", () => {
  it("lists the five models, then the WPStatusChanged payload", () => {
    expect(documents.map(({ file }) => file)).toEqual([
      "repo_evidence.schema.json",
      "verification_entry.schema.json",
      "review_verdict.schema.json",
      "done_evidence.schema.json",
      "force_metadata.schema.json",
      "status_transition_payload.schema.json",
    ]);
    expect(Object.isFrozen(documents)).toBe(true);
  });

  it("gives each document the draft 2020-12 header: $schema, $id, title, description", () => {
    for (const { file, document } of documents) {
      expect(Object.keys(document).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(document["$schema"]).toBe(JSON_SCHEMA_DIALECT);
      expect(document["$id"]).toBe(SCHEMA_ID_BASE + file);
      expect(document["description"]).toEqual(expect.stringMatching(/\S/));
    }
    expect(documents.at(-1)?.document["title"]).toBe("StatusTransitionPayload");
    expect(documents.at(-1)?.document["description"]).toBe(StatusTransitionPayloadSchema.description);
  });

  it("carries the two payload rules as allOf conditions", () => {
    expect(readCheckedIn(WP_STATUS_CHANGED_SCHEMA_FILE)["allOf"]).toHaveLength(2);
  });
});

describe("checked-in schemas/ files", () => {
  it("are exactly the generated files, byte for byte (run `pnpm build` to regenerate)", () => {
    const onDisk = readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith(".schema.json")).sort();
    expect(onDisk).toEqual(documents.map(({ file }) => file).sort());
    for (const { file, document } of documents) expect(readFileSync(new URL(file, SCHEMAS_DIR), "utf8"), file).toBe(serialiseJsonSchema(document));
  });

  it.each([...VALIDATORS.keys()])("%s compiles with Ajv (draft 2020-12, strict)", (file) => {
    expect(() => ajvFor(file)).not.toThrow();
  });

  it("give Ajv the same verdict and location as the compiled validator on each payload rule", () => {
    const validate = ajvFor(WP_STATUS_CHANGED_SCHEMA_FILE);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [payloadWith({ force: true, reason: undefined }), "", "required"],
      [payloadWith({ force: true, reason: " \t" }), "/reason", "pattern"],
      [payloadWith({ force: true, reason: null }), "/reason", "type"],
      [payloadWith({ evidence: undefined }), "", "required"],
      [payloadWith({ evidence: null }), "/evidence", "type"],
    ];
    for (const [payload, path, keyword] of cases) {
      expect(validate(payload)).toBe(false);
      expect(statusTransitionPayloadValidator.check(payload)).toBe(false);
      expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toContain(`${path} ${keyword}`);
    }
    expect(validate(VALID_PAYLOAD)).toBe(true);
  });

  describe(WP_STATUS_CHANGED_SCHEMA_FILE, () => {
    const validate = ajvFor(WP_STATUS_CHANGED_SCHEMA_FILE);

    it("accepts every generated valid payload, like the compiled validator", () => {
      fc.assert(
        fc.property(validPayloadArbitrary, (value) => {
          expect(statusTransitionPayloadValidator.check(value)).toBe(true);
          expect(validate(value)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it("agrees with the compiled validator on mutated payloads", () => {
      let invalid = 0;
      fc.assert(
        fc.property(mutatedArbitrary(validPayloadArbitrary), (value) => {
          const verdict = statusTransitionPayloadValidator.check(value);
          if (!verdict) invalid += 1;
          expect(validate(value)).toBe(verdict);
          expect(statusTransitionPayloadValidator.violations(value).length === 0).toBe(verdict);
        }),
        { numRuns: 500 },
      );
      expect(invalid).toBeGreaterThan(100);
    });
  });

  describe.each(["repo_evidence.schema.json", "verification_entry.schema.json", "review_verdict.schema.json", "done_evidence.schema.json", "force_metadata.schema.json"])(
    "%s",
    (file) => {
      const validator = VALIDATORS.get(file)!;
      const validate = ajvFor(file);
      const examples: Record<string, unknown> = {
        "repo_evidence.schema.json": VALID_PAYLOAD.evidence.repos[0],
        "verification_entry.schema.json": VALID_PAYLOAD.evidence.verification[0],
        "review_verdict.schema.json": VALID_PAYLOAD.evidence.review,
        "done_evidence.schema.json": VALID_PAYLOAD.evidence,
        "force_metadata.schema.json": { force: true, actor: "lead", reason: "reopen after incident" },
      };

      it("agrees with the compiled validator on the example and its mutations", () => {
        expect(validator.check(examples[file])).toBe(true);
        expect(validate(examples[file])).toBe(true);
        fc.assert(
          fc.property(mutatedArbitrary(fc.constant(examples[file])), (value) => {
            expect(validate(value)).toBe(validator.check(value));
          }),
          { numRuns: 200 },
        );
      });
    },
  );
});
