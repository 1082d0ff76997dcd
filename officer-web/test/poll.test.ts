// The alerts' polling: a read at once and every interval while the tab is visible, none while it is
// hidden, one at once when it shows again; never two reads at the same time; nothing after stop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pollWhileVisible, type PageVisibility, type Timers } from "../src/app/poll";

/** A page whose visibility the test sets, and a clock the test moves. */
class FakePage implements PageVisibility {
  hidden = false;
  private listeners = new Set<() => void>();
  addEventListener(_type: "visibilitychange", listener: () => void) { this.listeners.add(listener); }
  removeEventListener(_type: "visibilitychange", listener: () => void) { this.listeners.delete(listener); }
  show(visible: boolean) {
    this.hidden = !visible;
    for (const listener of this.listeners) listener();
  }
  get listening() { return this.listeners.size; }
}

class FakeClock implements Timers {
  now = 0;
  private pending = new Map<number, { at: number; run: () => void }>();
  private ids = 0;
  setTimeout(run: () => void, ms: number) {
    const id = ++this.ids;
    this.pending.set(id, { at: this.now + ms, run });
    return id;
  }
  clearTimeout(handle: unknown) { this.pending.delete(handle as number); }
  /** Moves the clock, running what falls due, and lets the reads' promises settle. */
  async advance(ms: number) {
    const until = this.now + ms;
    for (;;) {
      await settle();
      const due = [...this.pending.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = until;
    await settle();
  }
  get waiting() { return this.pending.size; }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function counting() {
  const reads: number[] = [];
  return { reads, read: (clock: FakeClock) => async () => { reads.push(clock.now); } };
}

test("a visible page is read at once, then every fifteen seconds", async () => {
  const page = new FakePage();
  const clock = new FakeClock();
  const { reads, read } = counting();
  const stop = pollWhileVisible(read(clock), 15_000, page, clock);
  await clock.advance(46_000);
  assert.deepEqual(reads, [0, 15_000, 30_000, 45_000]);
  stop();
});

test("a hidden page is not read; shown again, it is read at once and the rhythm starts from there", async () => {
  const page = new FakePage();
  const clock = new FakeClock();
  const { reads, read } = counting();
  const stop = pollWhileVisible(read(clock), 15_000, page, clock);
  await clock.advance(20_000);
  page.show(false);
  await clock.advance(120_000);
  assert.deepEqual(reads, [0, 15_000], "nothing read while hidden");
  assert.equal(clock.waiting, 0, "no timer left running while hidden");
  page.show(true);
  await clock.advance(16_000);
  assert.deepEqual(reads, [0, 15_000, 140_000, 155_000]);
  stop();
});

test("a page hidden from the start is first read when it shows", async () => {
  const page = new FakePage();
  page.hidden = true;
  const clock = new FakeClock();
  const { reads, read } = counting();
  const stop = pollWhileVisible(read(clock), 15_000, page, clock);
  await clock.advance(60_000);
  assert.deepEqual(reads, []);
  page.show(true);
  await clock.advance(0);
  assert.deepEqual(reads, [60_000]);
  stop();
});

test("a slow read is not overlapped: the next starts the interval after it has answered", async () => {
  const page = new FakePage();
  const clock = new FakeClock();
  const started: number[] = [];
  let answer: (() => void) | null = null;
  const stop = pollWhileVisible(() => {
    started.push(clock.now);
    return new Promise<void>((resolve) => { answer = resolve; });
  }, 15_000, page, clock);
  await clock.advance(40_000);
  page.show(false);
  page.show(true);
  assert.deepEqual(started, [0], "still waiting for the first answer: no second read, even when the tab shows again");
  answer!();
  await clock.advance(15_000);
  assert.deepEqual(started, [0, 55_000]);
  stop();
});

test("a read that fails does not stop the polling", async () => {
  const page = new FakePage();
  const clock = new FakeClock();
  let reads = 0;
  const stop = pollWhileVisible(async () => {
    reads++;
    throw new Error("offline");
  }, 15_000, page, clock);
  await clock.advance(31_000);
  assert.equal(reads, 3);
  stop();
});

test("stopped, it reads no more and no longer listens to the page", async () => {
  const page = new FakePage();
  const clock = new FakeClock();
  const { reads, read } = counting();
  const stop = pollWhileVisible(read(clock), 15_000, page, clock);
  await clock.advance(1_000);
  stop();
  page.show(false);
  page.show(true);
  await clock.advance(60_000);
  assert.deepEqual(reads, [0]);
  assert.equal(page.listening, 0);
  assert.equal(clock.waiting, 0);
});
