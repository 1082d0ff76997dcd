// The console's first screen, before a login: what it is, the login, the language switch, and why
// the officer is here again when an idle timeout ended the last session.
import { translator, type Language } from "./i18n";

export function Start(props: { language: Language; idleMinutes: number | null; onLanguage: (language: Language) => void;
    onLogin: () => void }) {
  const t = translator(props.language);
  const other: Language = props.language === "ar" ? "en" : "ar";
  document.title = t("app.name");
  return (
    <main id="content" class="start">
      <nav class="languages" aria-label={t("shell.languages")}>
        <button type="button" class="link" lang={other} onClick={() => props.onLanguage(other)}>
          {t(`language.${other}`)}
        </button>
      </nav>
      <h1>{t("app.name")}</h1>
      {props.idleMinutes !== null && (
        <p class="note" role="status" id="ended-idle">{t("start.endedIdle", { minutes: props.idleMinutes })}</p>
      )}
      <p class="lead">{t("start.lead")}</p>
      <p>{t("start.privacy")}</p>
      <button type="button" class="primary" id="login" onClick={props.onLogin}>{t("start.login")}</button>
    </main>
  );
}
