#!/usr/bin/env node
// Packaging check for the package in the current directory, run by the test
// command: publint, are-the-types-wrong, the source maps of the tarball, a
// smoke test that installs the packed tarball alone (plus the tarballs of its
// real @sk/* dependencies) into an empty project with npm and runs
// `test/smoke/smoke.mjs` from plain Node, then the README's examples in an
// empty project that installed only what the README's install line names.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { examples, installedPackages } from "./readme-examples.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const packageDir = process.cwd();
const readManifest = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const manifest = readManifest(packageDir);

/** Workspace packages by name, so internal dependencies can be packed too. */
const workspace = new Map(
  readdirSync(join(root, "packages")).map((name) => {
    const dir = join(root, "packages", name);
    return [readManifest(dir).name, dir];
  }),
);

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function checkPublint() {
  const { messages, pkg } = await publint({ pkgDir: packageDir, level: "suggestion", strict: true });
  for (const message of messages) console.error(`publint ${message.type}: ${formatMessage(message, pkg)}`);
  if (messages.length > 0) throw new Error(`publint reported ${messages.length} message(s) for ${manifest.name}`);
  console.log(`publint: ${manifest.name} ok`);
}

/** The package and every @sk/* package it depends on, transitively. */
function internalClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const dependencies = readManifest(workspace.get(name)).dependencies ?? {};
  for (const dependency of Object.keys(dependencies)) {
    if (workspace.has(dependency)) internalClosure(dependency, seen);
  }
  return seen;
}

function pack(name, destination) {
  const output = run("pnpm", ["pack", "--pack-destination", destination], workspace.get(name));
  const tarball = output.trim().split("\n").pop().trim();
  return tarball.startsWith("/") ? tarball : join(destination, tarball);
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** A source map in the tarball must name only sources the tarball ships (or there must be no maps). */
function checkSourceMaps(tarball) {
  const unpacked = mkdtempSync(join(tmpdir(), "sk-unpack-"));
  try {
    run("tar", ["-xzf", tarball, "-C", unpacked], unpacked);
    const root = join(unpacked, "package");
    const missing = [];
    for (const file of filesUnder(root).filter((path) => path.endsWith(".map"))) {
      const map = JSON.parse(readFileSync(join(root, file), "utf8"));
      for (const source of map.sources ?? []) {
        const path = resolve(join(root, dirname(file)), map.sourceRoot ?? "", source);
        if (!existsSync(path)) missing.push(`${file} → ${source}`);
      }
    }
    if (missing.length > 0) throw new Error(`source maps name sources the tarball does not ship:\n  ${missing.join("\n  ")}`);
    console.log(`source maps: ${manifest.name} ok`);
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

function checkTypes(tarball) {
  run(join(root, "node_modules/.bin/attw"), [tarball, "--profile", "esm-only", "--format", "table-flipped"], packageDir);
  console.log(`attw: ${manifest.name} ok`);
}

function smokeInstall(tarballs) {
  const project = mkdtempSync(join(tmpdir(), "sk-smoke-"));
  try {
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "smoke", private: true, type: "module" }));
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], project);
    cpSync(join(packageDir, "test/smoke"), project, { recursive: true });
    const output = run(process.execPath, ["smoke.mjs"], project);
    process.stdout.write(output);
    console.log(`smoke: ${manifest.name} installs alone and works from plain Node`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** What the README's examples are checked with: TypeScript strict, NodeNext, as a consumer would. */
const EXAMPLE_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    outDir: "out",
    rootDir: ".",
  },
  include: ["*.ts", "test/**/*.ts"],
};

/** The version range a non-@sk package of an install line gets: the workspace's own, so the check needs no new download. */
function externalRange(name) {
  const rootManifest = readManifest(root);
  return rootManifest.devDependencies?.[name] ?? rootManifest.dependencies?.[name] ?? "*";
}

/**
 * Runs the README's ```js and ```ts examples in an empty project that
 * installed, with pnpm's strict layout, only the packages its install line
 * names (their own dependencies come with them but cannot be imported). TS
 * examples are compiled with TypeScript strict first; a block that starts
 * with `// <path>.test.ts` is written there and run with the installed vitest.
 */
function checkReadmeExamples(tarballOf) {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const blocks = examples(readme);
  if (blocks.length === 0) return console.log(`readme: ${manifest.name} has no runnable examples`);
  const named = installedPackages(readme);
  if (!named.includes(manifest.name)) throw new Error(`README of ${manifest.name}: the install line must name ${manifest.name}, got [${named.join(", ")}]`);
  const internal = named.filter((name) => workspace.has(name));
  const closure = new Set(internal.flatMap((name) => [...internalClosure(name)]));
  const dependencies = Object.fromEntries(named.map((name) => [name, workspace.has(name) ? `file:${tarballOf(name)}` : externalRange(name)]));
  const overrides = Object.fromEntries([...closure].map((name) => [name, `file:${tarballOf(name)}`]));
  const project = mkdtempSync(join(tmpdir(), "sk-readme-"));
  try {
    const pkg = { name: "readme-examples", private: true, type: "module", dependencies, pnpm: { overrides } };
    writeFileSync(join(project, "package.json"), JSON.stringify(pkg, null, 2));
    run("pnpm", ["install", "--prefer-offline", "--ignore-workspace", "--reporter=silent"], project);
    const files = blocks.map((block) => {
      const file = block.testFile ?? `example-${block.index}.${block.lang === "ts" ? "ts" : "mjs"}`;
      mkdirSync(dirname(join(project, file)), { recursive: true });
      writeFileSync(join(project, file), block.code);
      return { block, file };
    });
    if (files.some(({ block }) => block.lang === "ts")) {
      writeFileSync(join(project, "tsconfig.json"), JSON.stringify(EXAMPLE_TSCONFIG, null, 2));
      run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], project);
    }
    for (const { block, file } of files) {
      const where = `README example ${block.index} (${file})`;
      try {
        if (block.testFile !== undefined) run(join(project, "node_modules/.bin/vitest"), ["run", file], project);
        else run(process.execPath, [block.lang === "ts" ? join("out", file.replace(/\.ts$/, ".js")) : file], project);
      } catch (error) {
        error.message = `${where} failed: ${error.message}`;
        throw error;
      }
    }
    console.log(`readme: ${blocks.length} example(s) of ${manifest.name} run with only [${named.join(", ")}] installed`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const packs = mkdtempSync(join(tmpdir(), "sk-pack-"));
try {
  await checkPublint();
  const packed = new Map();
  const tarballOf = (name) => {
    if (!packed.has(name)) packed.set(name, pack(name, packs));
    return packed.get(name);
  };
  const tarballs = [...internalClosure(manifest.name)].map(tarballOf);
  checkSourceMaps(tarballs[0]);
  checkTypes(tarballs[0]);
  smokeInstall(tarballs);
  checkReadmeExamples(tarballOf);
} catch (error) {
  console.error(error.stdout ?? "", error.stderr ?? "");
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(packs, { recursive: true, force: true });
}
