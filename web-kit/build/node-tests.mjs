// Bundles a web app's unit tests (test/*.test.ts) with esbuild into `outdir`, with the same
// TypeScript and JSON imports as the app and web-kit's modules; npm packages stay external (Node
// finds them in the app's node_modules). esbuild is the app's own, passed in.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export async function bundleTests(build, outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: readdirSync("test").filter((file) => file.endsWith(".test.ts")).map((file) => join("test", file)),
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "@sanad/web-kit": "../web-kit/src/app" },
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
}
