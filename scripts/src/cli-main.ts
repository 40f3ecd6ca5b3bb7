import { runImportCommand } from './commands/import';

/*
 * `pnpm cli <command> …`: operator commands against DATABASE_PATH. Exit codes as the other
 * operator scripts: 0 done, 1 failed or rejected, 2 wrong usage.
 */
const USAGE = `Usage: pnpm cli <command> [options]

Commands:
  import --coalition <slug> [--dry-run] [--sheet <name>] [--json] <file>
      Import indicator values from a CSV or .xlsx file (see docs/import.md).`;

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'import':
    process.exitCode = await runImportCommand(rest);
    break;
  case undefined:
  case '--help':
  case '-h':
    console.log(USAGE);
    process.exitCode = command === undefined ? 2 : 0;
    break;
  default:
    console.error(`Unknown command: ${command}`);
    console.error(USAGE);
    process.exitCode = 2;
}
