import { createReadStream, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@tks/db/client';
import { coalitions } from '@tks/db/schema';
import { runImport } from '@tks/server/features/imports/imports.service';
import { HttpError } from '@tks/server/http-error';
import { ERROR_MESSAGES } from '@tks/server/i18n/messages';
import { loadConfigOrExit } from '@tks/server/server';
import type { ImportResult } from '@tks/shared/schemas/imports';
import { eq } from 'drizzle-orm';
import { errorMessage } from '../cli';

const USAGE = 'Usage: pnpm cli import --coalition <slug> [--dry-run] [--sheet <name>] [--json] <file>';

/** Imports one file the way the web upload does, with the same checks and the same messages. */
export async function runImportCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(errorMessage(error));
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!values.coalition || !file || extra.length > 0) {
    console.error(
      !values.coalition
        ? 'Name the coalition with --coalition <slug>.'
        : !file
          ? 'Name the file to import.'
          : `Unexpected argument: ${extra.join(' ')}`,
    );
    console.error(USAGE);
    return 2;
  }
  // pnpm runs root scripts from the workspace root; a relative path means where the command was typed.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    console.error(`File not found: ${path}`);
    return 2;
  }

  const config = loadConfigOrExit();
  const handle = openDatabase(config.DATABASE_PATH);
  try {
    const coalition = handle.db.select().from(coalitions).where(eq(coalitions.slug, values.coalition)).get();
    if (!coalition || coalition.archivedAt) {
      console.error(`Unknown coalition: ${values.coalition}`);
      return 2;
    }
    const result = await runImport(
      handle.db,
      {
        coalitionId: coalition.id,
        fileName: basename(path),
        channel: 'cli',
        actor: { userId: null, label: `cli:${userInfo().username}`, ip: null },
        dryRun: values['dry-run'] ?? false,
        sheet: values.sheet,
      },
      { kind: 'bytes', bytes: createReadStream(path) },
    );
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else printReport(result);
    return result.outcome === 'rejected' ? 1 : 0;
  } catch (error) {
    if (error instanceof HttpError) {
      console.error(ERROR_MESSAGES[error.code].nl);
      return 1;
    }
    console.error(`Import failed: ${errorMessage(error)}`);
    return 1;
  } finally {
    handle.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      coalition: { type: 'string', short: 'c' },
      'dry-run': { type: 'boolean' },
      sheet: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
}

const OUTCOME_TEXT: Record<ImportResult['outcome'], string> = {
  preview: 'Proefrun zonder fouten: er is niets opgeslagen.',
  committed: 'Ingelezen.',
  unchanged: 'Niets te doen: alle waarden stonden al zo in de database.',
  rejected: 'Afgewezen: het bestand bevat fouten, er is niets opgeslagen.',
};

function printReport(result: ImportResult) {
  const format = [
    result.format?.toUpperCase(),
    result.encoding,
    result.delimiter ? `scheidingsteken ${result.delimiter === '\t' ? 'tab' : result.delimiter}` : null,
    result.sheet ? `werkblad ${result.sheet}` : null,
    result.layout ? (result.layout === 'long' ? 'lange opbouw' : 'brede opbouw') : null,
  ]
    .filter(Boolean)
    .join(', ');
  console.log(`Bestand: ${result.fileName}${format ? ` (${format})` : ''}`);
  const { values, insert, update, unchanged } = result.counts;
  console.log(`Waarden: ${values} (nieuw ${insert}, gewijzigd ${update}, ongewijzigd ${unchanged})`);
  if (result.errorCount > 0) {
    console.log(`Fouten (${result.errorCount}):`);
    for (const issue of result.errors) console.log(`  ${issue.text}`);
    if (result.errorCount > result.errors.length) console.log(`  … en nog ${result.errorCount - result.errors.length}`);
  }
  if (result.warningCount > 0) {
    console.log(`Waarschuwingen (${result.warningCount}):`);
    for (const issue of result.warnings) console.log(`  ${issue.text}`);
    if (result.warningCount > result.warnings.length) {
      console.log(`  … en nog ${result.warningCount - result.warnings.length}`);
    }
  }
  if (result.sameFileBatchId !== null && result.outcome !== 'committed') {
    console.log(`Dit bestand is eerder ingelezen (import ${result.sameFileBatchId}).`);
  }
  console.log(
    result.outcome === 'committed' ? `Ingelezen als import ${result.batchId}.` : OUTCOME_TEXT[result.outcome],
  );
}
