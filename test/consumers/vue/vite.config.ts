import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// vite.config.ts: tell Vue's template compiler the tag is a custom element, not a Vue component.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'news-timeline' } } })],
});
