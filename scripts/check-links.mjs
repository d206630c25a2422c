// Every link of the repository's docs resolves: relative links (and their
// #anchors) in docs/, fixtures/ and the READMEs, and absolute links into this
// repository (`repository` of the package manifests), which package READMEs
// must use because they are read on npm, away from the repository. Nothing
// may point outside the repository at files a user does not have.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The markdown without fenced code blocks and inline code (links there are not links). */
function prose(text) {
  return text.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
}

function anchorsOf(file) {
  const anchors = new Set();
  const counts = new Map();
  for (const match of prose(readFileSync(file, "utf8")).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = headingAnchor(match[1]);
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    anchors.add(seen === 0 ? base : `${base}-${seen}`);
  }
  return anchors;
}

/** The repository URL every absolute link into the repository starts with, from the package manifests. */
function repositoryUrl(root) {
  const manifest = JSON.parse(readFileSync(join(root, "packages", "event-envelope", "package.json"), "utf8"));
  return manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
}

/** The markdown files whose links are checked: every tracked one. */
function markdownFiles(root) {
  return execFileSync("git", ["ls-files", "*.md", "**/*.md"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => file !== "" && existsSync(join(root, file)));
}

/** Problems found: one line each, naming the file and the link. */
export function checkLinks(root) {
  const problems = [];
  const repo = repositoryUrl(root);
  const inRepo = new RegExp(`^${repo.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(?:blob|tree)/main/([^#?]*)(?:#(.*))?$`);
  const anchorCache = new Map();
  const checkTarget = (file, link, target, anchor) => {
    if (!existsSync(target)) return problems.push(`${file}: ${link} → ${relative(root, target)} does not exist`);
    if (anchor === undefined || anchor === "" || statSync(target).isDirectory() || !target.endsWith(".md")) return;
    if (!anchorCache.has(target)) anchorCache.set(target, anchorsOf(target));
    if (!anchorCache.get(target).has(anchor)) problems.push(`${file}: ${link} → no heading #${anchor} in ${relative(root, target)}`);
  };
  for (const file of markdownFiles(root)) {
    const path = join(root, file);
    const shipped = /^packages\/[^/]+\/README\.md$/.test(file);
    for (const match of prose(readFileSync(path, "utf8")).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const link = match[1];
      const absolute = inRepo.exec(link);
      if (absolute !== null) {
        checkTarget(file, link, join(root, decodeURIComponent(absolute[1])), absolute[2]);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // another site: not checked offline
      if (shipped) problems.push(`${file}: ${link} is relative; a README shipped to npm links with ${repo}/blob/main/...`);
      const [target, anchor] = link.split("#");
      checkTarget(file, link, target === "" ? path : resolve(dirname(path), decodeURIComponent(target)), anchor);
    }
  }
  return problems;
}

/** Tracked text files that point at the developers' notes kept outside the repository (its sibling "shared" folder). */
export function outsideReferences(root) {
  try {
    const pattern = ["\\.\\./", "shared\\b|shared/", "spec\\b"].join("");
    const out = execFileSync("git", ["grep", "-n", "-I", "-E", pattern, "--", ".", ":!pnpm-lock.yaml"], { cwd: root, encoding: "utf8" });
    return out.split("\n").filter(Boolean);
  } catch (error) {
    if (error.status === 1) return []; // git grep: no match
    throw error;
  }
}
