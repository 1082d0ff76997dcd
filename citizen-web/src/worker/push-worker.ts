// The portal's service worker, for notifications in this browser and nothing else. Registered for
// a scope no page is in (/push/, src/app/push.ts), it controls no page and has no fetch handler:
// it sees no request and caches nothing. A push shows the neutral words the service wrote; a click
// opens the service's link (an address of the portal's own) or the portal's page for following a
// report. It keeps nothing of its own but the notification on the screen.
import { shownFor } from "./message";

declare const self: ServiceWorkerGlobalScope;

// a new version takes over at once: there is no page under this worker whose state it could break
self.addEventListener("install", () => void self.skipWaiting());

self.addEventListener("push", (event) => {
  const shown = shownFor(event.data ? event.data.text() : null, self.navigator.languages, self.location.origin);
  // one notification at a time on the screen: the newest replaces the last, so fewer are left to be seen
  const options: NotificationOptions & { renotify: boolean } = { body: shown.body, icon: "/icon.svg", tag: "news", renotify: true,
    dir: "auto", data: { url: shown.url } };
  event.waitUntil(self.registration.showNotification(shown.title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | null)?.url;
  event.waitUntil(self.clients.openWindow(url ?? self.location.origin).then(() => undefined));
});
