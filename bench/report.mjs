// `node bench/report.mjs`: render bench/results.md and the README's benchmark table from
// bench/results.json (what `npm run bench` does after each run), e.g. after a merge of results.json.
import { writeRendered } from './lib/results.mjs';

writeRendered();
console.log('bench/results.md and the README\'s benchmark table rendered from bench/results.json.');
