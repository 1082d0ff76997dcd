// Leaving at once. The quick exit (its button on every page, or Escape pressed twice) forgets the
// login, empties the page, and replaces the portal's one history entry with a neutral site, so
// Back does not bring the portal up again. Nothing of a complaint is kept on the device to clear.

const ESCAPE_TWICE_WITHIN_MS = 1500;

export function quickExit(exitUrl: string, forget: () => void): void {
  forget();
  document.title = "";
  document.body.replaceChildren();
  location.replace(exitUrl);
}

/** Escape twice within 1.5 s leaves, wherever the focus is. Answers the listener's remover. */
export function escapeTwiceLeaves(leave: () => void): () => void {
  let last = 0;
  const listener = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - last <= ESCAPE_TWICE_WITHIN_MS) {
      event.preventDefault();
      leave();
    }
    last = now;
  };
  document.addEventListener("keydown", listener, true);
  return () => document.removeEventListener("keydown", listener, true);
}
