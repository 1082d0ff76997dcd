// What every page shares: the quick exit (first in the page, always in view), the language switch,
// the help lines at the foot, and a skip link to the page's content.
import type { ComponentChildren } from "preact";
import { usePortal } from "./context";
import { HelpLineList } from "./helpline-list";
import { LANGUAGES, type Language } from "./i18n";

/** The portal's languages in this jurisdiction: Arabic and English everywhere, French where the jurisdiction speaks it. */
export function offeredLanguages(jurisdictionLanguages: string[]): Language[] {
  return LANGUAGES.filter((code) => code === "ar" || code === "en" || jurisdictionLanguages.includes(code));
}

export function Shell(props: { children: ComponentChildren; onLanguage: (language: Language) => void; onExit: () => void;
    onLogout: (() => void) | null }) {
  const { t, language, reference } = usePortal();
  const offered = offeredLanguages(reference.languages.map((l) => l.code));
  // each language named in itself, as the reference data names it
  const nativeName = (code: Language) => reference.languages.find((l) => l.code === code)?.name ?? code;
  return (
    <>
      <a class="skip" href="#content">{t("shell.skip")}</a>
      <header class="bar">
        <button type="button" class="exit" id="quick-exit" onClick={props.onExit}>
          {t("shell.exit")}
        </button>
        <span class="exit-hint">{t("shell.exitHint")}</span>
        <nav class="languages" aria-label={t("shell.languages")}>
          {offered.filter((code) => code !== language).map((code) => (
            <button type="button" class="link" lang={code} key={code} onClick={() => props.onLanguage(code)}>
              {nativeName(code)}
            </button>
          ))}
          {props.onLogout && <button type="button" class="link" id="logout" onClick={props.onLogout}>{t("shell.logout")}</button>}
        </nav>
      </header>
      <main id="content" tabIndex={-1}>{props.children}</main>
      <footer class="help">
        <h2>{t("shell.helpTitle")}</h2>
        <HelpLineList />
        <p>{t("shell.privacy")}</p>
      </footer>
    </>
  );
}
