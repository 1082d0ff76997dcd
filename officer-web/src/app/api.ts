// The console's one way to the three APIs: the published npm client (@sanad/client, generated from
// each service's public contract), with the officer's language and token on every call. Nothing of
// a victim is kept by the browser: every request is sent with `cache: "no-store"` (and the APIs
// answer no-store, which the browser journeys check on every answer).
import { Configuration as ComplaintsConfiguration } from "@sanad/client/complaints";
import { Configuration as CasesConfiguration } from "@sanad/client/cases";
import { Configuration as ReferralsConfiguration } from "@sanad/client/referrals";
import type { Session } from "@sanad/web-kit/auth";

export interface ConsoleConfig {
  complaintsApi: string;
  casesApi: string;
  referralsApi: string;
  oidcIssuer: string;
  oidcClientId: string;
  idleMinutes: number;
}

const uncached: typeof fetch = (input, init) => fetch(input, { ...init, cache: "no-store" });

/**
 * One configuration per service; a screen makes the generated API class it needs from it. The
 * officer's language is a header the three share: switching it changes the language of the next
 * answer's problems without reading again what the screen shows (each read is an audited read).
 */
export class Apis {
  readonly complaints: ComplaintsConfiguration;
  readonly cases: CasesConfiguration;
  readonly referrals: ReferralsConfiguration;
  private readonly headers: Record<string, string>;

  constructor(config: ConsoleConfig, language: string, session: Session) {
    this.headers = { "Accept-Language": language };
    const common = (basePath: string) => ({
      basePath,
      headers: this.headers,
      credentials: "omit" as const,
      fetchApi: uncached,
      accessToken: () => session.accessToken(),
    });
    this.complaints = new ComplaintsConfiguration(common(config.complaintsApi));
    this.cases = new CasesConfiguration(common(config.casesApi));
    this.referrals = new ReferralsConfiguration(common(config.referralsApi));
  }

  /** The language of the problems the APIs answer from now on. */
  speak(language: string): void {
    this.headers["Accept-Language"] = language;
  }
}
