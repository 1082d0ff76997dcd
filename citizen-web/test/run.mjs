// Runs the portal's unit tests: each test/**/*.test.ts bundled by esbuild into target/node-tests
// (the same TypeScript and JSON imports as the app), then Node's own test runner over them.
// Usage: node test/run.mjs        (from citizen-web/, after npm ci)
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const out = "target/node-tests";
const tests = readdirSync("test", { recursive: true }).map(String).filter((file) => file.endsWith(".test.ts"))
  .map((file) => join("test", file));
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: tests,
  outdir: out,
  outbase: "test",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});
const compiled = readdirSync(out, { recursive: true }).map(String).filter((file) => file.endsWith(".test.mjs"))
  .map((file) => join(out, file));
const run = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...compiled], { stdio: "inherit" });
process.exit(run.status ?? 1);
