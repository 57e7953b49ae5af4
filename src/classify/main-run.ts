/**
 * The main run of article prose that the context pass finds (context-pass.ts), in a file
 * of its own because the container search (container.ts) reads it too.
 */
export interface MainRun {
  /** Index of the first and last block of the article body; -1 when none was found. */
  first: number;
  last: number;
  /** Per block: judged to be prose. */
  prose: boolean[];
  /** The run's weight: its prose less what stands between. */
  score: number;
}
