import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served by Electron (file protocol) or by `ehcqa serve`.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
