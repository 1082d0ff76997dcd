// Runs the console's unit tests on Node's test runner: test/*.test.ts bundled by esbuild into
// target/node-tests (web-kit/build/node-tests.mjs).
// Usage: node test/run.mjs        (from officer-web/, after npm ci)
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { bundleTests } from "../../web-kit/build/node-tests.mjs";

const bundled = "target/node-tests";
await bundleTests(build, bundled);
const tests = readdirSync(bundled).filter((file) => file.endsWith(".test.mjs")).map((file) => join(bundled, file));
const run = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...tests], { stdio: "inherit" });
process.exit(run.status ?? 1);
