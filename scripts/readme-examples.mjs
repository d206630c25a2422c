// The runnable examples of a markdown file and the packages its install line
// names: shared by the packaging check (which runs a README's examples in an
// empty project) and the in-repository example tests.

/** Languages of runnable examples, by fence info string. */
const LANGUAGES = new Map([
  ["js", "js"],
  ["javascript", "js"],
  ["ts", "ts"],
  ["typescript", "ts"],
]);

/** Every fenced block: `{ lang, flags, code }`, in file order. */
export function codeBlocks(text) {
  return [...text.matchAll(/^```([\w-]*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    lang: match[1] ?? "",
    flags: (match[2] ?? "").trim().split(/\s+/).filter(Boolean),
    code: match[3] ?? "",
  }));
}

/**
 * The runnable examples: ```js and ```ts blocks (numbered from 1 in file
 * order), each with `lang` (`js` or `ts`) and, for a block whose first line
 * is a comment naming a test file (`// test/x.test.ts`), `testFile`. A block
 * tagged `api` (```ts api) lists signatures, not an example, and is left out.
 */
export function examples(text) {
  return codeBlocks(text)
    .filter((block) => LANGUAGES.has(block.lang) && !block.flags.includes("api"))
    .map((block, at) => {
      const testFile = /^\/\/ (\S+\.test\.[cm]?[jt]s)\n/.exec(block.code)?.[1];
      return { index: at + 1, lang: LANGUAGES.get(block.lang), code: block.code, ...(testFile === undefined ? {} : { testFile }) };
    });
}

const INSTALL = /^\s*(?:npm (?:install|i|add)|pnpm (?:add|install|i)|yarn add)\s+(.+)$/;

/** The package names of the install lines (`npm install …`, `pnpm add …`, `yarn add …`) of the ```sh blocks, flags dropped. */
export function installedPackages(text) {
  const names = [];
  for (const block of codeBlocks(text)) {
    if (block.lang !== "sh" && block.lang !== "bash" && block.lang !== "shell") continue;
    for (const line of block.code.split("\n")) {
      const match = INSTALL.exec(line.replace(/\s+#.*$/, ""));
      if (match === null) continue;
      for (const word of match[1].trim().split(/\s+/)) {
        if (word.startsWith("-")) continue;
        // `name@range` → `name` (a scoped name keeps its leading @).
        const at = word.indexOf("@", 1);
        const name = at === -1 ? word : word.slice(0, at);
        if (!names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}
