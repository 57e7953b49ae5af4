/** Entry point of each worker thread of the pool (see worker-pool.ts): it runs clean tasks. */
export { runCleanTask as default } from './clean-task.js';
