// Notifications in this browser (Web Push): whether the browser can have them, and this browser's
// subscription, made only when the person asks for it (a click; never when a page loads). The
// service worker (src/worker/push-worker.ts, served as /push-worker.js) is registered for a scope no
// page of the portal is in: it controls no page, sees no request, keeps no cache; it only shows a
// message the service pushes. Its subscription is the one thing the portal leaves in the browser,
// and only for someone who chose it.
import type { PushSubscription as PushKeys } from "@sanad/client/complaints";
import type { PushAbility } from "./notify";

const WORKER = "/push-worker.js";
const SCOPE = "/push/";

export function pushAbility(serverKey: string | null): PushAbility {
  const supported = window.isSecureContext && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  return { supported, permission: supported ? Notification.permission : "default", serverKey };
}

/** Why this browser has no subscription: the person (or the browser's settings) refused, or it failed. */
export class PushRefused extends Error {
  constructor(readonly denied: boolean) {
    super(denied ? "notifications refused" : "no push subscription");
  }
}

/**
 * This browser's subscription for the service's key: asks the person (the browser's own question)
 * first, while the click that called this still counts as theirs, then registers the worker and
 * subscribes, or reuses the subscription the browser already holds for the same key.
 */
export async function subscribeThisBrowser(serverKey: string): Promise<PushKeys> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new PushRefused(permission === "denied");
  try {
    const registration = await navigator.serviceWorker.register(WORKER, { scope: SCOPE, updateViaCache: "none" });
    await activated(registration);
    const held = await registration.pushManager.getSubscription();
    if (held && sameKey(held.options.applicationServerKey, serverKey)) return keysOf(held);
    if (held) await held.unsubscribe();
    return keysOf(await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey }));
  } catch (failure) {
    if (failure instanceof PushRefused) throw failure;
    throw new PushRefused(Notification.permission === "denied");
  }
}

/** Subscribing needs an active worker; the page is not in its scope, so `ready` would never come. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  if (!worker || worker.state === "activated") return Promise.resolve();
  return new Promise((resolve, reject) => worker.addEventListener("statechange", () => {
    if (worker.state === "activated") resolve();
    if (worker.state === "redundant") reject(new Error("the worker was not installed"));
  }));
}

function sameKey(held: ArrayBuffer | null, serverKey: string): boolean {
  return held !== null && base64url(new Uint8Array(held)) === serverKey.replace(/=+$/, "");
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The endpoint and keys the API takes (what PushSubscription.toJSON() holds). */
function keysOf(subscription: PushSubscription): PushKeys {
  const json = subscription.toJSON();
  const p256dh = json.keys?.["p256dh"];
  const auth = json.keys?.["auth"];
  if (!json.endpoint || !p256dh || !auth) throw new PushRefused(false);
  return { endpoint: json.endpoint, p256dh, auth };
}
