// Logging in to a Sanad screen: the authorization code flow with PKCE (S256) against the realm's
// public client of the app (the citizen portal's, the officer console's), always with the password
// (prompt=login: a shared phone or a police station's shared computer must not log the next person
// in on a session left behind). The tokens live in this page's memory only: a reload, a quick exit
// or an idle timeout forgets them. Only the verifier and state cross the redirect to the login page,
// in sessionStorage, and are removed as soon as the person is back.

/** The realm would not renew the login (it ended, or was ended elsewhere). */
export class LoginEnded extends Error {
}

export interface Session {
  /** An access token valid now (refreshed with the refresh token when it is about to end). */
  accessToken(): Promise<string>;
  /** Forgets the tokens (the quick exit: nothing more, at once). */
  forget(): void;
  /**
   * Forgets the tokens and ends the realm's session too, coming back to the app's first page (with
   * `query` appended, e.g. why the session ended).
   */
  logout(query?: string): void;
}

interface Tokens {
  access: string;
  id: string | null;
  refresh: string | null;
  expiresAt: number;
}

const PENDING = "sanad.login";

function base64url(bytes: Uint8Array): string {
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function random(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export class Login {
  private readonly endpoint: string;

  constructor(issuer: string, private readonly clientId: string, private readonly redirectUri: string) {
    this.endpoint = `${issuer}/protocol/openid-connect`;
  }

  /** Off to the realm's login page (the current history entry replaced, so Back does not return to a half-done step). */
  async start(language: string, after: string): Promise<void> {
    const verifier = random(32);
    const state = random(16);
    const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, language, after }));
    const query = new URLSearchParams({
      client_id: this.clientId, redirect_uri: this.redirectUri, response_type: "code", scope: "openid",
      state, code_challenge: challenge, code_challenge_method: "S256", ui_locales: language,
      prompt: "login",
    });
    location.replace(`${this.endpoint}/auth?${query}`);
  }

  /**
   * The session, with the language and the page the person logged in from, when the page was
   * opened by the login's redirect (?code=…&state=…); null otherwise. The code leaves the address
   * bar at once.
   */
  async finish(): Promise<{ session: Session; language: string; after: string } | null> {
    const query = new URLSearchParams(location.search);
    const code = query.get("code");
    const state = query.get("state");
    const pending = sessionStorage.getItem(PENDING);
    sessionStorage.removeItem(PENDING);
    if (query.has("code") || query.has("error") || query.has("session_state")) {
      history.replaceState(null, "", location.pathname);
    }
    if (!code || !pending) return null;
    const saved = JSON.parse(pending) as { verifier?: string; state?: string; language?: string; after?: string };
    if (!saved.verifier || saved.state !== state) return null;
    const tokens = await this.exchange({
      grant_type: "authorization_code", client_id: this.clientId, code, redirect_uri: this.redirectUri,
      code_verifier: saved.verifier,
    });
    return { session: this.session(tokens), language: saved.language ?? "ar", after: saved.after ?? "mine" };
  }

  private session(first: Tokens): Session {
    let tokens: Tokens | null = first;
    return {
      accessToken: async () => {
        if (!tokens) throw new LoginEnded("logged out");
        if (Date.now() > tokens.expiresAt - 30_000 && tokens.refresh) {
          tokens = await this.exchange({ grant_type: "refresh_token", client_id: this.clientId, refresh_token: tokens.refresh });
        }
        return tokens.access;
      },
      forget: () => {
        tokens = null;
      },
      logout: (back) => {
        const idToken = tokens?.id;
        tokens = null;
        const query = new URLSearchParams({ client_id: this.clientId,
          post_logout_redirect_uri: back ? `${this.redirectUri}?${back}` : this.redirectUri,
          ...(idToken ? { id_token_hint: idToken } : {}) });
        location.replace(`${this.endpoint}/logout?${query}`);
      },
    };
  }

  private async exchange(form: Record<string, string>): Promise<Tokens> {
    const response = await fetch(`${this.endpoint}/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
      cache: "no-store",
    });
    if (!response.ok) throw new LoginEnded(`the realm refused the login: ${response.status}`);
    const body = (await response.json()) as { access_token: string; id_token?: string; refresh_token?: string; expires_in: number };
    return { access: body.access_token, id: body.id_token ?? null, refresh: body.refresh_token ?? null,
      expiresAt: Date.now() + body.expires_in * 1000 };
  }
}
