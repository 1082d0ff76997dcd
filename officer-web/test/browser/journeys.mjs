// The officer console's browser journeys: Debian's Chromium, driven by playwright-core, against a
// running suite and console (the real Keycloak login page, the three services), on the harness it
// shares with the citizen portal (web-kit/browser/harness.mjs: axe-core and the layout checks on
// every screen, screenshots of a failure). One file per area of the console holds its journeys
// (intake.mjs, …); each is chosen by name on the command line, prints one JSON line of what it saw
// (for e2e's BrowserJourneys) and photographs its screens in Arabic and English in target/screenshots/.
//
// Usage (from officer-web/, after npm ci):  node test/browser/journeys.mjs <journey> [arguments]
// Environment: CONSOLE_URL (http://localhost:8095), COMPLAINTS_URL, CASES_URL, REFERRALS_URL
// (http://localhost:8081, 8082, 8083), KEYCLOAK_URL (http://localhost:8180), CHROMIUM (/usr/bin/chromium).
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { axeSourceFrom, runJourney } from "../../../web-kit/browser/harness.mjs";
import { APIS, CONSOLE, KEYCLOAK, MODULE } from "./console.mjs";
import { journeys as alerts } from "./alerts.mjs";
import { journeys as audit } from "./audit.mjs";
import { journeys as intake } from "./intake.mjs";
import { journeys as investigation } from "./investigation.mjs";
import { journeys as operations } from "./operations.mjs";
import { journeys as prosecution } from "./prosecution.mjs";
import { journeys as session } from "./session.mjs";
import { journeys as supervision } from "./supervision.mjs";

const journeys = { ...intake, ...alerts, ...investigation, ...session, ...prosecution, ...audit, ...supervision, ...operations };

await runJourney(journeys, { chromium, axeSource: axeSourceFrom(createRequire(import.meta.url)), module: MODULE,
  locale: "ar-IQ", describe: `${CONSOLE} (APIs ${Object.values(APIS).join(", ")}, Keycloak ${KEYCLOAK})` },
  "node test/browser/journeys.mjs");
