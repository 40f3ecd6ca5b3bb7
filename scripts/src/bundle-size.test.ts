import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { entrySizes } from './bundle-size';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built client with chunks of random (incompressible) bytes, so sizes add up predictably. */
function fakeDist(manifest: Record<string, object>, sizes: Record<string, number>) {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [file, bytes] of Object.entries(sizes)) {
    writeFileSync(join(dir, file), Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 7919) % 251)));
  }
  return dir;
}

const gz = (bytes: number) => gzipSync(Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 7919) % 251))).length;

describe('entrySizes', () => {
  it('counts the dashboard route in the first view of index.html even when it is a lazy chunk, and its charts not', () => {
    const dist = fakeDist(
      {
        'index.html': {
          file: 'assets/main.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['src/features/thermometer/ThermometerPage.tsx', 'src/features/trends/TrendsPage.tsx'],
        },
        '_shared.js': { file: 'assets/shared.js' },
        'src/features/thermometer/ThermometerPage.tsx': {
          file: 'assets/dashboard.js',
          imports: ['_shared.js'],
          dynamicImports: ['_recharts.js'],
        },
        'src/features/trends/TrendsPage.tsx': { file: 'assets/trends.js', imports: ['_recharts.js'] },
        '_recharts.js': { file: 'assets/recharts.js' },
      },
      {
        'assets/main.js': 1000,
        'assets/shared.js': 2000,
        'assets/dashboard.js': 3000,
        'assets/trends.js': 4000,
        'assets/recharts.js': 5000,
      },
    );
    const [index] = entrySizes(dist);
    expect(index?.page).toBe('index.html');
    expect(index?.firstViewJs).toBe(gz(1000) + gz(2000) + gz(3000));
    expect(index?.lazyJs).toBe(gz(4000) + gz(5000));
    expect(index?.budget).toBe(200);
  });
});
