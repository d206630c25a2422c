import { describe, expect, it, vi } from "vitest";

/** A class seen only through its cross-install check. */
export interface Recogniser {
  readonly name: string;
  isInstance(value: unknown): boolean;
}

/** One concrete error class of a package under test. */
export interface ErrorClassCase<Module> {
  /** Builds an instance of the class with the module copy given. */
  readonly make: (from: Module) => Error & { readonly code: string };
  /** Its literal `code`. */
  readonly code: string;
  /** The classes it extends, up to and including `SkError`. */
  readonly bases: (from: Module) => readonly Recogniser[];
}

function classIn<Module>(from: Module, name: string): Recogniser {
  return (from as Readonly<Record<string, Recogniser>>)[name] as Recogniser;
}

const NOT_ERRORS: readonly unknown[] = [new Error("plain"), null, undefined, "Error", 1, { name: "SkError", code: "X" }];

/**
 * Checks every error class of a package: each recognises its own instances
 * from either copy of the module (a duplicated install, simulated by loading
 * it a second time after `vi.resetModules`), rejects its siblings' and
 * non-errors, is recognised by each of its bases, and carries its name and
 * literal code. `load` imports the module that exports the classes.
 */
export function describeErrorClasses<Module>(load: () => Promise<Module>, cases: Readonly<Record<string, ErrorClassCase<Module>>>): void {
  const names = Object.keys(cases);
  describe("error classes across duplicated installs", async () => {
    const own = await load();
    vi.resetModules();
    const copy = await load();

    it("are loaded twice as distinct classes", () => {
      for (const name of names) expect(classIn(copy, name)).not.toBe(classIn(own, name));
    });

    describe.each(names)("%s", (name) => {
      const { make, code, bases } = cases[name] as ErrorClassCase<Module>;

      it("recognises its own instances from either copy, not through instanceof", () => {
        expect(make(copy)).not.toBeInstanceOf(classIn(own, name) as unknown as abstract new () => unknown);
        expect(classIn(own, name).isInstance(make(own))).toBe(true);
        expect(classIn(own, name).isInstance(make(copy))).toBe(true);
        expect(classIn(copy, name).isInstance(make(own))).toBe(true);
      });

      it("rejects its siblings' instances and non-errors", () => {
        for (const sibling of names.filter((other) => other !== name)) {
          expect(classIn(own, name).isInstance((cases[sibling] as ErrorClassCase<Module>).make(copy))).toBe(false);
        }
        for (const value of NOT_ERRORS) expect(classIn(own, name).isInstance(value)).toBe(false);
      });

      it("is recognised by each of its bases", () => {
        const recognisers = [...bases(own), ...bases(copy)];
        expect(recognisers.map((base) => base.name)).toContain("SkError");
        for (const base of recognisers) {
          expect(base.isInstance(make(own))).toBe(true);
          expect(base.isInstance(make(copy))).toBe(true);
        }
      });

      it("carries its name and literal code", () => {
        expect(make(own)).toMatchObject({ name, code });
      });
    });
  });
}
