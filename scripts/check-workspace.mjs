#!/usr/bin/env node
// Workspace invariants that no single package can check: independent
// versioning, package manifests shaped alike, a changeset or changelog per
// package, and a README quick start that matches what CI runs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const problems = [];
const readJson = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const expect = (condition, message) => {
  if (!condition) problems.push(message);
};

const changesets = readJson(".changeset/config.json");
expect(changesets.fixed.length === 0 && changesets.linked.length === 0, "changesets: packages must be versioned independently (no fixed/linked groups)");
expect(changesets.updateInternalDependencies === "patch", 'changesets: updateInternalDependencies must be "patch"');

const pendingChangesets = readdirSync(join(root, ".changeset"))
  .filter((file) => file.endsWith(".md") && file !== "README.md")
  .map((file) => readFileSync(join(root, ".changeset", file), "utf8"));

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
  for (const file of ["README.md", "vitest.config.ts", "tsconfig.build.json", "test/smoke/smoke.mjs"]) {
    expect(existsSync(join(root, at(file))), `${name}: ${file} is missing`);
  }
  const released = existsSync(join(root, at("CHANGELOG.md")));
  expect(released || pendingChangesets.some((text) => text.includes(`"${name}"`)), `${name}: needs a changeset (pnpm changeset)`);
}

const readme = readFileSync(join(root, "README.md"), "utf8");
const ci = readFileSync(join(root, ".ci/run"), "utf8");
const version = readJson("package.json").packageManager.split("@")[1];
expect(readme.includes(`npm install -g pnpm@${version}`), `README quick start must install pnpm@${version}`);
expect(/^pnpm test$/m.test(readme) && /^pnpm test$/m.test(ci), "README and .ci/run must both run exactly `pnpm test`");

if (problems.length > 0) {
  for (const problem of problems) console.error(`workspace: ${problem}`);
  process.exit(1);
}
console.log("workspace: independent versions, manifests, changesets and quick start ok");
