// Builds the portal into target/classes/META-INF/resources (web-kit/build/bundle.mjs: the bundle,
// its stylesheet, index.html, the static files). The page-weight budget is a cheap phone's on a
// slow connection: the JavaScript a first visit downloads stays at or under 150 KB gzipped.
// Usage: node build.mjs            (from citizen-web/, after npm ci and the client package's build)
import { build } from "esbuild";
import { bundleApp } from "../web-kit/build/bundle.mjs";

await bundleApp({ build, budgetKilobytes: 150, clients: ["complaints"] });
