/** What every workload ends with: its answer and the process's peak memory, as one JSON line on stdout. */
export function reply(answer) {
  process.stdout.write(JSON.stringify({ answer, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

/** The workload's arguments, as the parent passed them. */
export function args() {
  return JSON.parse(process.argv[2] ?? '{}');
}
