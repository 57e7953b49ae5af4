/**
 * The time a run has left, for its progress bar. It goes by the rate since the first
 * document came out, not since the run started: what comes before is start-up (threads
 * loading the pipeline and compiling the rules' patterns, a learning pass), and counted
 * against every document left it made the first estimate of a 19 s run read 30 minutes.
 * Until a second of work and more output have come after the first, there is no estimate.
 */

/** Seconds of output the rate needs before it is shown. */
const MIN_SECONDS = 1;

export class TimeLeft {
  private first: { at: number; value: number } | undefined;

  /** `total`: documents (or bytes) in the run; `now`: the clock, in milliseconds. */
  constructor(
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds left once `value` of the total are done, or undefined while there is too little to go by. */
  seconds(value: number): number | undefined {
    const at = this.now();
    if (value <= 0) return undefined;
    if (!this.first) {
      this.first = { at, value };
      return undefined;
    }
    const elapsed = (at - this.first.at) / 1000;
    const done = value - this.first.value;
    if (elapsed < MIN_SECONDS || done <= 0) return undefined;
    return (Math.max(0, this.total - value) * elapsed) / done;
  }
}
