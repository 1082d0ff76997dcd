// What the portal's service worker shows for a message the service pushed: the neutral title and
// text the service wrote (JSON {"title", "body", "url"?}, in the language the person chose), and
// nothing else of it; a click opens the service's link when it is the portal's own, else the
// portal's page for following a report. A push the browser must show but cannot read still gets the portal's neutral name,
// in the browser's language, so nothing of the report shows even then.
import ar from "../app/messages/ar.json";
import en from "../app/messages/en.json";
import fr from "../app/messages/fr.json";

export interface Shown {
  title: string;
  body: string;
  /** Where a click leads: always an address of the portal's own origin. */
  url: string;
}

/** Where a click on the notification leads: the portal's page for following a report (src/app/main.tsx). */
export const FOLLOW_PAGE = "/?follow";

const TITLE_MAX = 100;
const BODY_MAX = 300;
const FALLBACK: Record<string, Omit<Shown, "url">> = {
  ar: { title: ar["app.title"], body: ar["push.fallback"] },
  en: { title: en["app.title"], body: en["push.fallback"] },
  fr: { title: fr["app.title"], body: fr["push.fallback"] },
};

/** The link if it is on the portal's `origin`, else the portal's follow page. */
export function linkOn(origin: string, link: unknown): string {
  const fallback = new URL(FOLLOW_PAGE, origin).href;
  if (typeof link !== "string") return fallback;
  try {
    const url = new URL(link, origin);
    return url.origin === origin ? url.href : fallback;
  } catch {
    return fallback;
  }
}

/** The notification for a push's text (null: a push without data), `languages` the browser's, `origin` the portal's. */
export function shownFor(text: string | null, languages: readonly string[], origin: string): Shown {
  const fallback = FALLBACK[languages.map((tag) => tag.slice(0, 2)).find((code) => code in FALLBACK) ?? "ar"]!;
  let message: unknown = null;
  try {
    message = text ? JSON.parse(text) : null;
  } catch {
    message = null;
  }
  const field = (name: "title" | "body" | "url") => {
    const value = (message as Record<string, unknown> | null)?.[name];
    return typeof value === "string" && value.trim() ? value.trim() : null;
  };
  const title = field("title");
  const body = field("body");
  const url = linkOn(origin, field("url"));
  if (!title && !body) return { ...fallback, url };
  return { title: (title ?? fallback.title).slice(0, TITLE_MAX), body: (body ?? "").slice(0, BODY_MAX), url };
}
