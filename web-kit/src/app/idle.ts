// An idle timeout: no key, pointer or scroll for the given time and `onIdle` runs once (the officer
// console logs out and empties the screen). Answers the watcher's remover.

const ACTIVITY = ["keydown", "pointerdown", "wheel", "touchstart"] as const;

export function watchIdle(timeoutMs: number, onIdle: () => void, clock: Pick<Window, "setTimeout" | "clearTimeout"> = window): () => void {
  let timer = 0;
  const restart = () => {
    clock.clearTimeout(timer);
    timer = clock.setTimeout(onIdle, timeoutMs);
  };
  for (const event of ACTIVITY) document.addEventListener(event, restart, { capture: true, passive: true });
  restart();
  return () => {
    clock.clearTimeout(timer);
    for (const event of ACTIVITY) document.removeEventListener(event, restart, { capture: true });
  };
}
