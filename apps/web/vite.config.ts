import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = 'http://127.0.0.1:3000';
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `name.br` (brotli, best) and `name.gz` (gzip -9) beside every built text file over
 * 1 KiB. The server sends them as they are (@fastify/static `preCompressed`), so each file is
 * compressed once here, harder than a server could afford per request.
 */
function precompress(): Plugin {
  return {
    name: 'springplank:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const names = Object.keys(bundle).filter((name) => /\.(js|css|html|svg|json)$/.test(name));
      await Promise.all(
        names.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          if (content.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/** The NL Design System React library: all ~100 components in one module. */
const NL_DESIGN_SYSTEM_REACT = /[\\/]@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/;
const DISPLAY_NAME_WRITE = /^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"]*\1;$/gm;

/**
 * Drops the `Component.displayName = '…'` lines of the NL Design System React library in the
 * production build. Each is a property write the bundler must keep, and keeping it keeps the
 * component, so every component of the library ended up in the first download (~45 kB br on
 * /melden). The names only serve React DevTools. (Treating all property writes as pure with
 * rolldown's `propertyWriteSideEffects: false` was tried: it also dropped header writes in our
 * own API client.)
 */
function withoutDesignSystemDisplayNames(): Plugin {
  return {
    name: 'springplank:nl-design-system-display-names',
    apply: 'build',
    transform(code, id) {
      if (!NL_DESIGN_SYSTEM_REACT.test(id)) return null;
      return { code: code.replace(DISPLAY_NAME_WRITE, ''), map: null };
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress(), withoutDesignSystemDisplayNames()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: the server must not publish the source.
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
