// The console starts here: it reads where the APIs and the login are (/config.json, from its own
// server), finishes a login the officer is coming back from (or offers one), reads who the officer
// is from the token and the reference data from complaints-service, and opens the first screen of
// the officer's first area. An idle timeout logs out, ends the realm's session and empties the
// screen: a station's computer left unattended shows nothing of a victim. For the officers who act
// on risk alerts, the alerts are watched live whatever the screen, and the tab's title counts the
// complaints waiting on them.
import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { ReferenceDataFromJSON, type ReferenceData } from "@sanad/client/complaints";
import { Login, type Session } from "@sanad/web-kit/auth";
import { watchIdle } from "@sanad/web-kit/idle";
import { Apis, type ConsoleConfig } from "./api";
import { areasOf } from "./areas";
import { waitingCount } from "./areas/intake/rules";
import { useAlertWatch } from "./areas/intake/watch";
import { ConsoleContext, type Console, type Route } from "./context";
import { direction, isLanguage, translator, type Language } from "./i18n";
import { officerOf, type Officer } from "./officer";
import { Shell } from "./shell";
import { Start } from "./start";
import "./styles.css";

const LANGUAGE = "sanad.language";

function App(props: { config: ConsoleConfig; reference: ReferenceData; session: Session; officer: Officer;
    firstLanguage: Language }) {
  const { config, reference, session, officer } = props;
  const [language, setLanguage] = useState<Language>(props.firstLanguage);
  const areas = useMemo(() => areasOf(officer), [officer]);
  const first = areas[0];
  const [route, setRoute] = useState<Route>(first ? { area: first.id, screen: first.nav[0]?.screen ?? "" } : { area: "", screen: "" });
  const [urgent, setUrgent] = useState<readonly string[] | null>(null);
  const t = useMemo(() => translator(language), [language]);
  const apis = useMemo(() => new Apis(config, language, session), [config, session]);
  apis.speak(language);
  const alerts = useAlertWatch(officer, apis, t);
  const count = waitingCount(alerts?.alerts ?? [], urgent ?? []);

  useEffect(() => watchIdle(config.idleMinutes * 60_000, () => {
    document.title = "";
    document.body.replaceChildren();
    session.logout("ended=idle");
  }), [session]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = direction(language);
    sessionStorage.setItem(LANGUAGE, language);
  }, [language]);
  useEffect(() => {
    document.title = count ? t("app.titleWithCount", { count }) : t("app.name");
  }, [count, language]);

  const area = areas.find((a) => a.id === route.area);
  const console: Console = {
    officer, language, t, apis, reference, route, alerts,
    go: (next) => {
      setUrgent(null);
      setRoute(next);
      window.scrollTo(0, 0);
    },
    announce: setUrgent,
  };
  return (
    <ConsoleContext.Provider value={console}>
      <Shell areas={areas} onLanguage={setLanguage} onLogout={() => session.logout()}>
        {area ? area.render(route) : <NoScreens />}
      </Shell>
    </ConsoleContext.Provider>
  );
}

function NoScreens() {
  const t = translator(document.documentElement.lang === "en" ? "en" : "ar");
  return <p class="problem" role="alert">{t("start.noRoles")}</p>;
}

function firstLanguage(): Language {
  const chosen = new URLSearchParams(location.search).get("lang") ?? sessionStorage.getItem(LANGUAGE);
  return chosen && isLanguage(chosen) ? chosen : "ar";
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const config = (await (await fetch("/config.json", { cache: "no-store" })).json()) as ConsoleConfig;
  const login = new Login(config.oidcIssuer, config.oidcClientId, `${location.origin}/`);
  const ended = new URLSearchParams(location.search).get("ended");
  const back = await login.finish().catch(() => null);
  let language = firstLanguage();
  if (!back) {
    if (ended) history.replaceState(null, "", location.pathname);
    const show = (chosen: Language) => {
      document.documentElement.lang = chosen;
      document.documentElement.dir = direction(chosen);
      render(<Start language={chosen} idleMinutes={ended === "idle" ? config.idleMinutes : null}
        onLanguage={(next) => {
          sessionStorage.setItem(LANGUAGE, next);
          show(next);
        }}
        onLogin={() => void login.start(chosen, "console")} />, root);
    };
    show(language);
    return;
  }
  if (isLanguage(back.language)) language = back.language;
  const officer = officerOf(await back.session.accessToken());
  const answer = await fetch(`${config.complaintsApi}/reference-data`, { headers: { Accept: "application/json" }, cache: "no-store" });
  const reference = ReferenceDataFromJSON(await answer.json());
  render(<App config={config} reference={reference} session={back.session} officer={officer} firstLanguage={language} />, root);
}

void start().catch(() => {
  const root = document.getElementById("app");
  if (root) root.textContent = translator(firstLanguage())("app.unavailable");
});
