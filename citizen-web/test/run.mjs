// Runs the portal's unit tests on Node's test runner:
// - test/*.test.ts (messages, digits, the draft) bundled by esbuild into target/node-tests, with the
//   same TypeScript and JSON imports as the app;
// - test/hashing/*.test.ts compiled file by file by tsc (tsconfig.test.json) into target/test-build,
//   since the browser test serves the compiled src/hashing modules to Chromium as they are.
// Usage: node test/run.mjs        (from citizen-web/, after npm ci)
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bundleTests } from "../../web-kit/build/node-tests.mjs";

const bundled = "target/node-tests";
const compiled = "target/test-build";
const found = (directory, pattern) => readdirSync(directory, { recursive: true }).map(String)
  .filter((file) => pattern.test(file)).map((file) => join(directory, file));

rmSync(compiled, { recursive: true, force: true });
await bundleTests(build, bundled);
const tsc = spawnSync("node_modules/.bin/tsc", ["-p", "tsconfig.test.json"], { stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const tests = [...found(bundled, /\.test\.mjs$/), ...found(join(compiled, "test"), /\.test\.js$/)];
const run = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...tests], { stdio: "inherit" });
process.exit(run.status ?? 1);
