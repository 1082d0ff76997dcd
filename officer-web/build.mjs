// Builds the console into target/classes/META-INF/resources (web-kit/build/bundle.mjs: the bundle,
// its stylesheet, index.html, the static files). A station's computer or a tablet on a slow link:
// the JavaScript a first visit downloads stays at or under 250 KB gzipped.
// Usage: node build.mjs            (from officer-web/, after npm ci and the client package's build)
import { build } from "esbuild";
import { bundleApp } from "../web-kit/build/bundle.mjs";

await bundleApp({ build, budgetKilobytes: 250, clients: ["complaints", "cases", "referrals"] });
