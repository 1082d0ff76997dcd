// Builds a Sanad web app into target/classes/META-INF/resources, where its Quarkus server serves it:
// the entry and its imports (Preact, the published npm client, web-kit) bundled and minified by
// esbuild into assets/app-<hash>.js, the stylesheet into assets/app-<hash>.css, index.html naming
// both, the static files beside it. Then the page-weight budget: the JavaScript a first visit
// downloads must stay at or under the app's budget, gzipped, or the build fails; the figure is
// written to target/page-weight.txt.
// Used by each app's build.mjs (run from the app's directory, after npm ci and the client's build):
// esbuild is the app's own, passed in, so this file needs no packages of its own.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";

const CLIENT = "../clients/typescript/target/package/dist";
const OUT = "target/classes/META-INF/resources";

/** options: build (esbuild's), budgetKilobytes, clients (the @sanad/client entries the app imports). */
export async function bundleApp({ build, budgetKilobytes, clients }) {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "assets"), { recursive: true });
  const alias = { "@sanad/web-kit": "../web-kit/src/app" };
  for (const client of clients) alias[`@sanad/client/${client}`] = `${CLIENT}/${client}/index.js`;

  const result = await build({
    entryPoints: { app: "src/app/main.tsx" },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    jsx: "automatic",
    jsxImportSource: "preact",
    alias,
    loader: { ".css": "css" },
    entryNames: "[name]-[hash]",
    outdir: join(OUT, "assets"),
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
  writeFileSync(join(OUT, "index.html"), page);
  cpSync("src/app/static", OUT, { recursive: true });

  const budget = budgetKilobytes * 1024;
  const gzipped = gzipSync(readFileSync(script), { level: 9 }).length;
  const line = `initial JavaScript ${basename(script)}: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${budgetKilobytes} KB)`;
  writeFileSync("target/page-weight.txt", `${line}\n`);
  if (gzipped > budget) {
    console.error(`page-weight budget exceeded: ${line}`);
    process.exit(1);
  }
  console.log(line);
}
