// Runs the console's unit tests on Node's test runner: test/*.test.ts bundled by esbuild into
// target/node-tests, with the same TypeScript and JSON imports as the app.
// Usage: node test/run.mjs        (from officer-web/, after npm ci)
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const bundled = "target/node-tests";
rmSync(bundled, { recursive: true, force: true });
await build({
  entryPoints: readdirSync("test").filter((file) => file.endsWith(".test.ts")).map((file) => join("test", file)),
  outdir: bundled,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "@sanad/web-kit": "../web-kit/src/app" },
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});
const tests = readdirSync(bundled).filter((file) => file.endsWith(".test.mjs")).map((file) => join(bundled, file));
const run = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...tests], { stdio: "inherit" });
process.exit(run.status ?? 1);
