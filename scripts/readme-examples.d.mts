/** One fenced block of a markdown file. */
export interface CodeBlock {
  readonly lang: string;
  readonly flags: readonly string[];
  readonly code: string;
}

/** One runnable example (a ```js or ```ts block), numbered from 1. */
export interface Example {
  readonly index: number;
  readonly lang: "js" | "ts";
  readonly code: string;
  /** Set when the block's first line is a comment naming a test file (`// test/x.test.ts`). */
  readonly testFile?: string;
}

export function codeBlocks(text: string): CodeBlock[];
export function examples(text: string): Example[];
export function installedPackages(text: string): string[];
