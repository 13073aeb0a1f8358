import { roundTripDepths } from '../../bench/lib/proxy.mjs';

type Logged = { method: string; path: string; start: number; end: number };

/**
 * The simulator's request log as sequential round trips (the bench's measure, bench/lib/proxy.mjs):
 * the requests of each round trip as "METHOD /path" without the repository prefix, sorted, in
 * order. Meaningful when the simulator answers with a latency (sim.inject({ latencyMs })), so that
 * requests sent together are in flight together.
 */
export function roundTripsOf(sim: { requests: Logged[]; owner: string; repo: string }): string[][] {
  const trips: string[][] = [];
  for (const [entry, depth] of roundTripDepths(sim.requests)) {
    (trips[depth - 1] ??= []).push(`${entry.method} ${entry.path.replace(`/repos/${sim.owner}/${sim.repo}`, '')}`);
  }
  return trips.map((lines) => lines.sort());
}
