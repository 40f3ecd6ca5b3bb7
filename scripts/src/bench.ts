import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * `pnpm bench` runs every benchmark in `src/bench/`, each in a process of its own so that its
 * memory figures are its own; `pnpm bench <name> [...]` runs only those (by file name without .ts).
 * Each benchmark prints its figures next to its goal; none of them fails a build.
 */

const BENCH_DIR = fileURLToPath(new URL('./bench/', import.meta.url));
const available = readdirSync(BENCH_DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('_'))
  .map((file) => file.slice(0, -3))
  .sort();

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${BENCH_DIR}${name}.ts`], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`Benchmark ${name} ended with exit code ${run.status}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
