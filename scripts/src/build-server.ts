import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/*
 * The server as one JavaScript file for `pnpm start`: the TypeScript of server/, db/, shared/ and
 * scripts/ compiled and bundled by esbuild, with every npm package left to Node to load from
 * node_modules. Running
 * it needs no TypeScript loader in the process, which saves the loader's own thread (~35 MB) and
 * its per-function wrappers on every request.
 *
 * Modules that find files next to themselves (the migrations, the built client, package.json)
 * keep doing so: `import.meta.url` is replaced by the URL of the source file it was written in.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * npm packages stay outside the bundle, imported by the absolute path they resolve to from the
 * source file that imports them: pnpm gives each workspace package only its own dependencies, so
 * no single folder could resolve them all by name. (The 'module' condition is left out, so a
 * package resolves to the same file Node would load.)
 */
const packagesWhereTheyAre: Plugin = {
  name: 'packages-where-they-are',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('@tks/') || isBuiltin(args.path)) return undefined;
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

const sourceLocation: Plugin = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

/** Bundles `entry` (a path from the repository root) into `outfile`. */
export async function buildServer(entry: string, outfile: string) {
  await build({
    entryPoints: [`${ROOT}${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    conditions: ['node'],
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [packagesWhereTheyAre, sourceLocation],
  });
}

export const START_BUNDLE = `${ROOT}server/dist/start.mjs`;
/**
 * Node's flags for the bundled server, shared by `pnpm start` (package.json; a test keeps the two
 * equal), the browser tests and the national benchmark. Left to itself V8 lets the heap grow to
 * several times what it holds after a burst of computing (~270 MB peak for ~60 MB live at national
 * scale). Growing the heap by 20 % at a time, with an 8 MB young generation, keeps it nearer to
 * what is live (~165 MB peak) at the price of more collections: ~10 % more time for a first,
 * uncached thermometer, and a 190,000-row workbook import takes ~6 s instead of ~4 s (peak
 * 265 → 205 MB). Unlike a heap cap (--max-old-space-size) this never makes the process run out of
 * memory: a large import still gets all the heap it needs.
 */
export const START_NODE_FLAGS = ['--enable-source-maps', '--heap-growing-percent=20', '--max-semi-space-size=8'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildServer('scripts/src/start.ts', START_BUNDLE);
  console.log(`Server bundled into ${START_BUNDLE} in ${Math.round(performance.now() - started)} ms`);
}
