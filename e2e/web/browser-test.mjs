// The browser test: serves page/, its compiled script (target/web, tsc -p tsconfig.page.json) and
// the published npm package's built code under /client/ (clients/typescript/target/package/dist)
// on http://localhost:8099, opens it in Debian's Chromium driven by playwright-core, logs in on
// Keycloak's real login page (code flow with PKCE), files a complaint with an evidence file and
// reads its status, all from the browser (CORS). Prints the complaint's id, tracking number and the
// evidence hash as JSON; keeps a screenshot of the final page (target/e2e/browser-final.png).
// Usage: node browser-test.mjs <user> <password>      (the suite must be running)
import { createServer } from "node:http";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const [user, password] = process.argv.slice(2);
const here = fileURLToPath(new URL(".", import.meta.url));
const compiled = join(here, "..", "target", "web");
const client = join(here, "..", "..", "clients", "typescript", "target", "package", "dist");
const artifacts = join(here, "..", "target", "e2e");
mkdirSync(artifacts, { recursive: true });
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

const server = createServer((request, response) => {
  const path = new URL(request.url, "http://localhost").pathname;
  const root = path.startsWith("/client/") ? client : compiled;
  const file = path === "/" ? join(here, "page", "index.html")
    : normalize(join(root, root === client ? path.slice("/client".length) : path));
  if (!file.startsWith(root) && path !== "/" || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(8099, "127.0.0.1", resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ locale: "ar" });
const console_ = [];
page.on("console", (message) => console_.push(`${message.type()}: ${message.text()}`));
let exitCode = 1;
try {
  await page.goto("http://localhost:8099/");
  // Keycloak's own login page, on its own origin
  await page.waitForURL(/localhost:8180\/realms\/sanad\/protocol\/openid-connect\/auth/, { timeout: 30_000 });
  await page.fill("#username", user);
  await page.fill("#password", password);
  await page.click("#kc-login");
  await page.waitForURL("http://localhost:8099/", { timeout: 30_000 });
  await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("logged in as"),
    null, { timeout: 30_000 });
  await page.click("#file");
  await page.waitForSelector("#result:not([hidden])", { timeout: 30_000 });
  const status = await page.textContent("#complaint-status");
  console.log(JSON.stringify({
    id: status.match(/\(([0-9a-f-]{36})\)/)?.[1],
    status: status.split(" ")[0],
    trackingNumber: await page.textContent("#tracking"),
    sha256: await page.textContent("#sha256"),
  }));
  exitCode = 0;
} catch (error) {
  console.error(`browser test failed: ${error.message}\npage said: ${await page.textContent("#status").catch(() => "?")}`);
  console.error(console_.join("\n"));
} finally {
  await page.screenshot({ path: join(artifacts, "browser-final.png"), fullPage: true });
  await browser.close();
  server.close();
}
process.exit(exitCode);
