// What every screen shares: a skip link, the bar with the console's name, the officer (name, roles,
// governorate), the navigation of the areas their roles open (with what waits in an entry, such as
// the unacknowledged alerts), the language switch and logout; for the officers who act on risk
// alerts, a line saying how many wait, and a polite live region that says each new alert once.
import type { ComponentChildren } from "preact";
import { useConsole } from "./context";
import { useLabels } from "./components";
import { LANGUAGES, type Language } from "./i18n";
import type { Area } from "./areas/area";
import { AlertLine } from "./areas/intake/alerts";

export function Shell(props: { areas: readonly Area[]; children: ComponentChildren; onLanguage: (language: Language) => void;
    onLogout: () => void }) {
  const console = useConsole();
  const { t, language, officer, route, go } = console;
  const labels = useLabels();
  return (
    <>
      <a class="skip" href="#content">{t("shell.skip")}</a>
      <header class="bar">
        <strong class="brand">{t("app.name")}</strong>
        <span class="who" id="officer">
          {t("shell.officer", {
            name: officer.name,
            roles: officer.roles.map((role) => t(`role.${role}`)).join(t("common.separator")),
            governorate: officer.governorate ? labels("region", officer.governorate) : t("shell.national"),
          })}
        </span>
        <nav class="languages" aria-label={t("shell.languages")}>
          {LANGUAGES.filter((code) => code !== language).map((code) => (
            <button type="button" class="link" lang={code} key={code} onClick={() => props.onLanguage(code)}>
              {t(`language.${code}`)}
            </button>
          ))}
          <button type="button" class="link" id="logout" onClick={props.onLogout}>{t("shell.logout")}</button>
        </nav>
      </header>
      <div class="layout">
        <nav class="areas" aria-label={t("shell.navigation")}>
          {props.areas.map((area) => (
            <section key={area.id} aria-labelledby={`nav-${area.id}`}>
              <h2 id={`nav-${area.id}`}>{t(`area.${area.id}`)}</h2>
              <ul>
                {area.nav.map((entry) => {
                  const current = route.area === area.id && route.screen === entry.screen;
                  const waiting = entry.waiting?.(console);
                  return (
                    <li key={entry.screen}>
                      <button type="button" class="nav" id={`nav-${area.id}-${entry.screen}`}
                        aria-current={current ? "page" : undefined}
                        onClick={() => go({ area: area.id, screen: entry.screen })}>
                        {t(entry.label)}
                        {waiting && waiting.count > 0 && (
                          <span class="count">
                            <span aria-hidden="true">{waiting.more ? t("common.countMore", { count: waiting.count }) : waiting.count}</span>
                            <span class="visually-hidden">{t(waiting.more ? "common.waitingMore" : "common.waiting", { count: waiting.count })}</span>
                          </span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </nav>
        <main id="content" tabIndex={-1}>
          <AlertLine />
          {props.children}
        </main>
      </div>
    </>
  );
}
