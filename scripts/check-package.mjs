#!/usr/bin/env node
// Packaging check for the package in the current directory, run by the test
// command: publint, are-the-types-wrong, then a smoke test that installs the
// packed tarball alone (plus the tarballs of its real @sk/* dependencies) into
// an empty project with npm and runs `test/smoke/smoke.mjs` from plain Node.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

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

const packs = mkdtempSync(join(tmpdir(), "sk-pack-"));
try {
  await checkPublint();
  const tarballs = [...internalClosure(manifest.name)].map((name) => pack(name, packs));
  checkTypes(tarballs[0]);
  smokeInstall(tarballs);
} catch (error) {
  console.error(error.stdout ?? "", error.stderr ?? "");
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(packs, { recursive: true, force: true });
}
