import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** In the dev server, /q/<token> opens the questionnaire page, as the real server does. */
function personalLinksInDev(): Plugin {
  return {
    name: 'tks-personal-links',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith('/q/')) request.url = '/respond.html';
        next();
      });
    },
  };
}

export default defineConfig({
  // The questionnaire page (src/respond/) is Preact, not React: no Fast Refresh wrappers for it.
  plugins: [react({ exclude: /\/src\/respond\// }), personalLinksInDev()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    reportCompressedSize: true,
    // Read by scripts/src/bundle-size.ts to print the gzipped JavaScript each page loads first.
    manifest: true,
    rollupOptions: {
      // Two pages: the app, and the questionnaire behind a personal link (/q/<token>) with its own
      // small bundle for phones.
      input: { main: entry('index.html'), respond: entry('respond.html') },
      onwarn(warning, warn) {
        // zod 4 ships explanatory comments next to its /* @__PURE__ */ marks; Rollup drops them and
        // warns once per file. Nothing is wrong with our build, and the noise hides real warnings.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    name: 'client',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Room for the longer waits in setup.ts (a test may wait for more than one lazy page).
    testTimeout: 15_000,
  },
});
