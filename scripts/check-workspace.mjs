#!/usr/bin/env node
// Workspace invariants that no single package can check: independent
// versioning, package manifests shaped alike (with the registry metadata),
// a changeset or changelog per package, a README quick start that matches
// what CI runs, links that resolve, and nothing pointing outside the
// repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkLinks, outsideReferences } from "./check-links.mjs";

const root = new URL("..", import.meta.url).pathname;
const problems = [];
const readJson = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const expect = (condition, message) => {
  if (!condition) problems.push(message);
};

/** The repository every package.json names; package READMEs link into it. */
const REPOSITORY = "git+https://github.com/spec-kitty/sk-collab.git";
const WEB = "https://github.com/spec-kitty/sk-collab";

const changesets = readJson(".changeset/config.json");
expect(changesets.fixed.length === 0 && changesets.linked.length === 0, "changesets: packages must be versioned independently (no fixed/linked groups)");
expect(changesets.updateInternalDependencies === "patch", 'changesets: updateInternalDependencies must be "patch"');

const changesetFiles = readdirSync(join(root, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
const pendingChangesets = changesetFiles.map((file) => readFileSync(join(root, ".changeset", file), "utf8"));

/** A changeset's summary lines (after the front matter), blank lines left out. */
const summaryLines = (text) => text.split(/^---$/m).slice(2).join("---").split("\n").filter((line) => line.trim() !== "").length;
for (const [at, file] of changesetFiles.entries()) {
  // A first release says what the package offers (a paragraph); every later change is one or two lines a user cares about.
  const limit = file.endsWith("-initial.md") ? 12 : 3;
  expect(summaryLines(pendingChangesets[at]) <= limit, `.changeset/${file}: at most ${limit} lines (what changes for a user, not how it was made)`);
}

for (const dir of readdirSync(join(root, "packages"))) {
  const at = (path) => join("packages", dir, path);
  const manifest = readJson(at("package.json"));
  const name = manifest.name;
  expect(name.startsWith("@sk/"), `${dir}: package name must be in the @sk scope`);
  expect(manifest.type === "module", `${name}: must be ESM ("type": "module")`);
  expect(manifest.files?.includes("dist"), `${name}: "files" must include dist`);
  const main = manifest.exports?.["."];
  expect(main && Object.keys(main)[0] === "types", `${name}: exports["."] must list "types" first`);
  for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
    if (dependency.startsWith("@sk/")) expect(range === "workspace:^", `${name}: internal dependency ${dependency} must use workspace:^`);
  }
  expect(manifest.license === "MIT", `${name}: "license" must be "MIT"`);
  expect(
    manifest.repository?.type === "git" && manifest.repository?.url === REPOSITORY && manifest.repository?.directory === `packages/${dir}`,
    `${name}: "repository" must be { type: "git", url: "${REPOSITORY}", directory: "packages/${dir}" }`,
  );
  expect(manifest.homepage === `${WEB}/tree/main/packages/${dir}#readme`, `${name}: "homepage" must be ${WEB}/tree/main/packages/${dir}#readme`);
  expect(manifest.bugs === `${WEB}/issues`, `${name}: "bugs" must be ${WEB}/issues`);
  expect(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, `${name}: "keywords" must list a few search terms`);
  for (const file of ["README.md", "vitest.config.ts", "tsconfig.build.json", "test/smoke/smoke.mjs"]) {
    expect(existsSync(join(root, at(file))), `${name}: ${file} is missing`);
  }
  const released = existsSync(join(root, at("CHANGELOG.md")));
  expect(released || pendingChangesets.some((text) => text.includes(`"${name}"`)), `${name}: needs a changeset (pnpm changeset)`);
  if (!released) {
    // The first release (0.0.0 → 0.1.0) is one minor changeset saying what the package offers.
    const initial = join(root, ".changeset", `${dir}-initial.md`);
    expect(existsSync(initial) && readFileSync(initial, "utf8").includes(`"${name}": minor`), `${name}: unreleased, needs .changeset/${dir}-initial.md with "${name}": minor`);
    expect(manifest.version === "0.0.0", `${name}: stays at 0.0.0 until changesets releases it as 0.1.0`);
  }
}

const readme = readFileSync(join(root, "README.md"), "utf8");
const ci = readFileSync(join(root, ".ci/run"), "utf8");
const version = readJson("package.json").packageManager.split("@")[1];
expect(readme.includes(`npm install -g pnpm@${version}`), `README quick start must install pnpm@${version}`);
expect(/^pnpm test$/m.test(readme) && /^pnpm test$/m.test(ci), "README and .ci/run must both run exactly `pnpm test`");

for (const problem of checkLinks(root)) problems.push(`links: ${problem}`);
for (const line of outsideReferences(root)) problems.push(`outside the repository: ${line}`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`workspace: ${problem}`);
  process.exit(1);
}
console.log("workspace: independent versions, manifests, changesets, quick start, links ok");
