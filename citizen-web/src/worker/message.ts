// What the portal's service worker shows for a message the service pushed: the neutral title and
// text the service wrote (JSON {"title", "body"}, in the language the person chose), and nothing
// else of it. A push the browser must show but cannot read still gets the portal's neutral name,
// in the browser's language, so nothing of the report shows even then.
import ar from "../app/messages/ar.json";
import en from "../app/messages/en.json";
import fr from "../app/messages/fr.json";

export interface Shown {
  title: string;
  body: string;
}

/** Where a click on the notification leads: the portal's page for following a report (src/app/main.tsx). */
export const FOLLOW_PAGE = "/?follow";

const TITLE_MAX = 100;
const BODY_MAX = 300;
const FALLBACK: Record<string, Shown> = {
  ar: { title: ar["app.title"], body: ar["push.fallback"] },
  en: { title: en["app.title"], body: en["push.fallback"] },
  fr: { title: fr["app.title"], body: fr["push.fallback"] },
};

/** The notification for a push's text (null: a push without data), `languages` the browser's. */
export function shownFor(text: string | null, languages: readonly string[]): Shown {
  const fallback = FALLBACK[languages.map((tag) => tag.slice(0, 2)).find((code) => code in FALLBACK) ?? "ar"]!;
  let message: unknown = null;
  try {
    message = text ? JSON.parse(text) : null;
  } catch {
    message = null;
  }
  const field = (name: "title" | "body") => {
    const value = (message as Record<string, unknown> | null)?.[name];
    return typeof value === "string" && value.trim() ? value.trim() : null;
  };
  const title = field("title");
  const body = field("body");
  if (!title && !body) return fallback;
  return { title: (title ?? fallback.title).slice(0, TITLE_MAX), body: (body ?? "").slice(0, BODY_MAX) };
}
