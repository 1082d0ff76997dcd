// Builds the portal into target/classes/META-INF/resources (web-kit/build/bundle.mjs: the bundle,
// its stylesheet, index.html, the static files). The page-weight budget is a cheap phone's on a
// slow connection: the JavaScript a first visit downloads stays at or under 150 KB gzipped.
// Then the service worker for notifications in this browser, at a fixed address of the portal's
// origin (/push-worker.js: a worker's address cannot change with its content); a visit that does
// not ask for notifications never downloads it.
// Usage: node build.mjs            (from citizen-web/, after npm ci and the client package's build)
import { build } from "esbuild";
import { bundleApp } from "../web-kit/build/bundle.mjs";

await bundleApp({ build, budgetKilobytes: 150, clients: ["complaints"] });
await build({
  entryPoints: { "push-worker": "src/worker/push-worker.ts" },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outdir: "target/classes/META-INF/resources",
  legalComments: "none",
  logLevel: "warning",
});
