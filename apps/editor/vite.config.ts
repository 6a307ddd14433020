/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative base so `dist/` works from any static file server or sub-path.
  base: './',
  worker: { format: 'es' },
  // One bundle of about 0.9 MB (the embedded models are data the default view needs at once).
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    name: 'editor',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  },
});
