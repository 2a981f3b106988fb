// Builds the renderer into dist/renderer, loadable from file:// inside Electron.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // No inline polyfill script: the page's CSP allows only scripts from our own bundle.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
