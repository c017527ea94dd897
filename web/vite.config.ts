import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const server = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files cache longer.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('/zod/')) return 'zod';
          if (/\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          return 'vendor';
        },
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; they are dropped harmlessly.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    // The web client imports the shared contracts from ../shared.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': server,
      // Socket.IO runs over a websocket only, so the proxy must upgrade.
      '/socket.io': { target: server, ws: true },
      '/healthz': server,
      '/readyz': server,
    },
  },
});
