/**
 * Busy polling for the Node bridge (docs/PROTOCOL.md §2, "Busy polling"): after each answer the bridge keeps
 * its event loop from sleeping for a short budget, so the host's next request is read without the cost of
 * waking a process that sleeps in epoll_wait on another core (tens of microseconds on a VM).
 *
 * While a `setImmediate` is pending, libuv polls for I/O with a zero timeout instead of sleeping; a chain of
 * immediates that ends when the budget is spent therefore turns the loop into a poll for that long, with the
 * normal stream handlers reading what arrives. An idle bridge spends at most one budget per answer.
 */
import * as os from "node:os";
import { performance } from "node:perf_hooks";

/** The bridge's default budget (µs), as the Python bridge's. */
export const DEFAULT_BUSY_POLL_US = 200;
export const BUSY_POLL_ENV = "ELIZAOS_INTEROP_BUSY_POLL_US";

/** The budget from `ELIZAOS_INTEROP_BUSY_POLL_US` (a whole number of µs, 0 = off); the default otherwise, which
 * is 0 on a machine with one usable CPU (polling would only keep the peer from running). */
export function busyPollBudgetUs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[BUSY_POLL_ENV];
  if (raw === undefined || raw === "") return os.availableParallelism() >= 2 ? DEFAULT_BUSY_POLL_US : 0;
  if (!/^\d+$/.test(raw)) {
    throw new Error(`${BUSY_POLL_ENV}=${JSON.stringify(raw)}: expected a whole number of microseconds (0 turns polling off)`);
  }
  return Number(raw);
}

export class BusyPoll {
  private until = 0;
  private active = false;
  private readonly budgetMs: number;

  constructor(budgetUs: number) {
    if (!Number.isInteger(budgetUs) || budgetUs < 0) throw new RangeError(`busy poll budget must be a whole number of µs >= 0, got ${budgetUs}`);
    this.budgetMs = budgetUs / 1000;
  }

  /** Whether a poll window is open (for tests and diagnostics). */
  get polling(): boolean {
    return this.active;
  }

  /** (Re)open the window: the loop does not sleep for the next budget. */
  touch(): void {
    if (this.budgetMs === 0) return;
    this.until = performance.now() + this.budgetMs;
    if (!this.active) {
      this.active = true;
      setImmediate(this.tick);
    }
  }

  private readonly tick = (): void => {
    if (performance.now() < this.until) setImmediate(this.tick);
    else this.active = false;
  };
}
