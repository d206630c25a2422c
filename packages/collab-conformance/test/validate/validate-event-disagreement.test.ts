import { describe, expect, it, vi } from "vitest";

// A disagreement cannot be produced with correct contracts: fake an Ajv
// layer that accepts everything to exercise the flag and the throw.
vi.mock("../../src/validate/ajv-layer.js", () => ({ ajvValidate: () => ({ valid: true, errors: [] }) }));

const { validateEvent } = await import("../../src/validate/validate-event.js");
const { ValidationLayerDisagreementError } = await import("../../src/errors/validation-layer-disagreement-error.js");

describe("validateEvent when the layers disagree", () => {
  it("flags the disagreement and calls the value invalid", () => {
    const result = validateEvent({}, "CommentPosted");
    expect(result).toMatchObject({ valid: false, disagreement: true, typebox: { valid: false }, ajv: { valid: true } });
  });

  it("throws ValidationLayerDisagreementError on request", () => {
    expect(() => validateEvent({}, "CommentPosted", { onDisagreement: "throw" })).toThrow(ValidationLayerDisagreementError);
  });
});
