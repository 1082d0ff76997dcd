// The browser test's page: a public client's login (authorization code with PKCE, S256) against the
// realm, then a complaint filed, an evidence file uploaded and the complaint read back through the
// published npm package @sanad/client (clients/typescript, built from complaints-service's public
// contract), from this page's own origin (CORS). What it shows is what BrowserIT and
// browser-test.mjs check. The page's import map points the package's entry at its built dist/.
import { ComplaintsApi, Configuration, EvidenceApi } from "@sanad/client/complaints";

const realm = "http://localhost:8180/realms/sanad/protocol/openid-connect";
const clientId = "sanad-web";
const redirectUri = `${location.origin}/`;
const complaintsUrl = "http://localhost:8081";

const show = (id: string, text: string) => {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
};

function base64url(bytes: Uint8Array): string {
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Off to Keycloak's login page with a fresh verifier and state kept for the way back. */
async function login(): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem("pkce", JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: "code",
    scope: "openid", state, code_challenge: challenge, code_challenge_method: "S256" });
  location.assign(`${realm}/auth?${query}`);
}

/** The code and the verifier for the tokens (the token endpoint answers this origin: the client's web origin). */
async function tokenFor(code: string, state: string): Promise<string> {
  const saved = JSON.parse(sessionStorage.getItem("pkce") ?? "{}") as { verifier?: string; state?: string };
  sessionStorage.removeItem("pkce");
  if (!saved.verifier || saved.state !== state) throw new Error("the login came back with another state");
  const response = await fetch(`${realm}/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: clientId, code,
      redirect_uri: redirectUri, code_verifier: saved.verifier }),
  });
  if (!response.ok) throw new Error(`token endpoint: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function hex(data: ArrayBuffer): Promise<string> {
  return Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", data)))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function fileComplaint(token: string): Promise<void> {
  const configuration = new Configuration({ basePath: complaintsUrl, accessToken: token, headers: { "Accept-Language": "ar" } });
  const filed = await new ComplaintsApi(configuration).complaintFile({ newComplaint: {
    reporterRelation: "SELF",
    victim: { name: "آمال", ageBand: "FROM_18_TO_24", minor: false, gender: "FEMALE", prefersSameGenderOfficer: true },
    governorate: "IQ-BG",
    platforms: ["INSTAGRAM"],
    identifiers: [{ type: "ACCOUNT_HANDLE", value: `@extortionist_${Date.now()}` }],
    threatTypes: ["PUBLISH_INTIMATE_IMAGES"],
    narrative: "بلاغ من المتصفح: يهددني بنشر صوري",
    selfHarmRisk: false,
  } });
  const id = filed.id;
  const note = new TextEncoder().encode(`رسائل التهديد ${filed.trackingNumber}`);
  const evidence = await new EvidenceApi(configuration).evidenceUpload(
    { id, fileName: "chat.txt", body: new Blob([note], { type: "text/plain" }) },
    async ({ init }) => ({ ...init, headers: { ...(init.headers as Record<string, string>), "Content-Type": "text/plain" } }));
  if (evidence.sha256 !== (await hex(note.buffer))) throw new Error("the service hashed other bytes");
  const complaint = await new ComplaintsApi(configuration).complaintRead({ id });
  show("tracking", filed.trackingNumber);
  show("sha256", evidence.sha256);
  show("complaint-status", `${complaint.status} (${id})`);
  document.getElementById("result")?.removeAttribute("hidden");
  show("status", "تم تقديم البلاغ");
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const code = params.get("code");
  if (!code) {
    await login();
    return;
  }
  history.replaceState(null, "", "/");
  const token = await tokenFor(code, params.get("state") ?? "");
  const subject = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { preferred_username?: string };
  show("status", `logged in as ${subject.preferred_username}`);
  const button = document.getElementById("file") as HTMLButtonElement;
  button.hidden = false;
  button.onclick = () => fileComplaint(token).catch((e: unknown) => show("status", `failed: ${String(e)}`));
}

main().catch((e: unknown) => show("status", `failed: ${String(e)}`));
