// Builds the portal into target/classes/META-INF/resources, where its Quarkus server serves it:
// src/app/main.tsx and its imports (Preact, the published npm client) bundled and minified by
// esbuild into assets/app-<hash>.js, the stylesheet into assets/app-<hash>.css, and index.html
// naming both. Then the page-weight budget: the JavaScript a first visit downloads must stay at or
// under 150 KB gzipped (a cheap phone on a slow connection), or the build fails.
// Usage: node build.mjs            (from citizen-web/, after npm ci and the client package's build)
import { build } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_GZIPPED_BYTES = 150 * 1024;
const client = "../clients/typescript/target/package/dist";
const out = "target/classes/META-INF/resources";

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "assets"), { recursive: true });

const result = await build({
  entryPoints: { app: "src/app/main.tsx" },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  jsx: "automatic",
  jsxImportSource: "preact",
  alias: {
    "@sanad/client/complaints": `${client}/complaints/index.js`,
    "@sanad/web-kit": "../web-kit/src",
  },
  loader: { ".css": "css" },
  entryNames: "[name]-[hash]",
  outdir: join(out, "assets"),
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs);
const script = outputs.find((file) => file.endsWith(".js"));
const styles = outputs.find((file) => file.endsWith(".css"));
if (!script || !styles) throw new Error(`esbuild wrote no script or no stylesheet: ${outputs.join(", ")}`);

const page = readFileSync("src/app/index.html", "utf8")
  .replace("%SCRIPT%", `/assets/${basename(script)}`)
  .replace("%STYLES%", `/assets/${basename(styles)}`);
writeFileSync(join(out, "index.html"), page);
cpSync("src/app/static", out, { recursive: true });

const gzipped = gzipSync(readFileSync(script), { level: 9 }).length;
const line = `initial JavaScript ${basename(script)}: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIPPED_BYTES / 1024} KB)`;
writeFileSync("target/page-weight.txt", `${line}\n`);
if (gzipped > BUDGET_GZIPPED_BYTES) {
  console.error(`page-weight budget exceeded: ${line}`);
  process.exit(1);
}
console.log(line);
