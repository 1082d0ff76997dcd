// The portal starts here: it reads where the API and the login are (/config.json, from its own
// server), finishes a login the person is coming back from, reads the jurisdiction's reference
// data, and shows the start page in Arabic unless the person chose another language. A click on a
// notification of this browser opens /?follow (src/worker/push-worker.ts): the page for following a
// report, the address then cleaned to / so the history keeps no word of why.
import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { ReferenceDataFromJSON, type ReferenceData } from "@sanad/client/complaints";
import { Api } from "./api";
import { Login, type Session } from "@sanad/web-kit/auth";
import { PortalContext, type Portal, type Route } from "./context";
import { direction, isLanguage, translator, type Language } from "./i18n";
import { escapeTwiceLeaves, quickExit } from "./safety";
import { Shell } from "./shell";
import { Page } from "./pages/page";
import "./styles.css";

interface PortalConfig {
  complaintsApi: string;
  oidcIssuer: string;
  oidcClientId: string;
  exitUrl: string;
}

function App(props: { config: PortalConfig; reference: ReferenceData; login: Login; firstLanguage: Language;
    firstSession: Session | null; firstRoute: Route }) {
  const { config, reference, login } = props;
  const [language, setLanguage] = useState<Language>(props.firstLanguage);
  const session = props.firstSession;
  const [route, setRoute] = useState<Route>(props.firstRoute);
  const t = useMemo(() => translator(language), [language]);
  const api = useMemo(() => new Api(config.complaintsApi, language, session), [config, language, session]);

  const leave = () => quickExit(config.exitUrl, () => session?.forget());
  useEffect(() => escapeTwiceLeaves(leave), [session]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = direction(language);
    document.title = t("app.title");
  }, [language]);

  const portal: Portal = {
    language, t, reference, api, session,
    go: (next) => {
      setRoute(next);
      window.scrollTo(0, 0);
    },
    login: (then) => void login.start(language, then.page),
  };
  return (
    <PortalContext.Provider value={portal}>
      <Shell onLanguage={setLanguage} onExit={leave}
        onLogout={session ? () => session.logout() : null}>
        <Page route={route} />
      </Shell>
    </PortalContext.Provider>
  );
}

function preferredLanguage(): Language {
  const chosen = new URLSearchParams(location.search).get("lang");
  if (chosen && isLanguage(chosen)) return chosen;
  return "ar";
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const config = (await (await fetch("/config.json", { cache: "no-store" })).json()) as PortalConfig;
  const login = new Login(config.oidcIssuer, config.oidcClientId, `${location.origin}/`);
  let language = preferredLanguage();
  let session: Session | null = null;
  let route: Route = { page: "start" };
  if (new URLSearchParams(location.search).has("follow")) {
    route = { page: "track" };
    history.replaceState(null, "", "/");
  }
  const back = await login.finish().catch(() => null);
  if (back) {
    session = back.session;
    if (isLanguage(back.language)) language = back.language;
    route = back.after === "report" ? { page: "report", anonymous: false } : { page: "mine" };
  }
  const answer = await fetch(`${config.complaintsApi}/reference-data`, { headers: { Accept: "application/json" } });
  const reference = ReferenceDataFromJSON(await answer.json());
  render(<App config={config} reference={reference} login={login} firstLanguage={language} firstSession={session}
    firstRoute={route} />, root);
}

void start().catch(() => {
  const root = document.getElementById("app");
  if (root) {
    const message = translator(preferredLanguage())("app.unavailable");
    root.textContent = message;
  }
});
