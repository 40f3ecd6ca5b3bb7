import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/*
 * The JavaScript each HTML page of the built client downloads before it can show anything: its
 * entry chunk and every chunk that chunk imports statically (lazy routes and charts load later and
 * are listed apart), gzipped as a server would send them. Read from Vite's manifest.
 *
 * Usage: node --import tsx scripts/src/bundle-size.ts [client/dist]. Runs after every client build;
 * a page over its budget fails the build.
 */

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Gzipped kilobytes (1 kB = 1000 bytes, as Vite reports them) each page may ship first. */
export const BUDGETS_KB: Record<string, number> = {
  'respond.html': 60,
  // The app's first screen is the dashboard (the thermometer); its charts (recharts) load lazily.
  'index.html': 200,
};

/**
 * Route modules a page always loads before its first screen, even when they are lazy chunks: the
 * dashboard is the first thing every signed-in user sees, so its route counts towards index.html's
 * first view whether it is imported statically (as now) or split off later.
 */
export const FIRST_VIEW_ROUTES: Record<string, string[]> = {
  'index.html': ['src/features/thermometer/ThermometerPage.tsx'],
};

export interface EntrySize {
  page: string;
  firstViewJs: number;
  lazyJs: number;
  css: number;
  chunks: number;
  budget: number | undefined;
}

export function entrySizes(distDir: string): EntrySize[] {
  const manifest: Manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const gzipped = new Map<string, number>();
  const size = (file: string) => {
    let bytes = gzipped.get(file);
    if (bytes === undefined) {
      bytes = gzipSync(readFileSync(join(distDir, file))).length;
      gzipped.set(file, bytes);
    }
    return bytes;
  };

  /** Every chunk reachable through static imports, the entry included. */
  const staticClosure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
    return seen;
  };

  return Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isEntry && key.endsWith('.html'))
    .map(([key]) => {
      const first = staticClosure(key);
      for (const route of FIRST_VIEW_ROUTES[key.split('/').at(-1) ?? key] ?? []) {
        if (manifest[route]) staticClosure(route, first);
      }
      const lazy = new Set<string>();
      for (const chunk of first) {
        for (const dynamic of manifest[chunk]?.dynamicImports ?? []) {
          for (const reached of staticClosure(dynamic)) if (!first.has(reached)) lazy.add(reached);
        }
      }
      const files = (keys: Set<string>) => [...keys].map((k) => manifest[k]?.file).filter((f) => f?.endsWith('.js'));
      const css = new Set([...first].flatMap((k) => manifest[k]?.css ?? []));
      const page = key.split('/').at(-1) ?? key;
      return {
        page,
        firstViewJs: files(first).reduce((sum, file) => sum + size(file as string), 0),
        lazyJs: files(lazy).reduce((sum, file) => sum + size(file as string), 0),
        css: [...css].reduce((sum, file) => sum + size(file), 0),
        chunks: first.size,
        budget: BUDGETS_KB[page],
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function report(sizes: EntrySize[]): { lines: string[]; overBudget: EntrySize[] } {
  const overBudget = sizes.filter((s) => s.budget !== undefined && s.firstViewJs > s.budget * 1000);
  const lines = [
    'Gzipped JavaScript per page (first view: entry + static imports; lazy: loaded later):',
    ...sizes.map((s) => {
      const budget =
        s.budget === undefined
          ? ''
          : `  budget ${s.budget} kB: ${s.firstViewJs <= s.budget * 1000 ? 'ok' : 'OVER BUDGET'}`;
      return `  ${s.page.padEnd(14)} first view ${kB(s.firstViewJs).padStart(9)} in ${String(s.chunks).padStart(2)} chunk(s)   lazy ${kB(s.lazyJs).padStart(9)}   css ${kB(s.css).padStart(8)}${budget}`;
    }),
  ];
  return { lines, overBudget };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? 'client/dist');
  const { lines, overBudget } = report(entrySizes(distDir));
  console.log(lines.join('\n'));
  if (overBudget.length > 0) {
    console.error(`Over budget: ${overBudget.map((s) => s.page).join(', ')}`);
    process.exit(1);
  }
}
