// ES module entry point. It re-exports the CommonJS build, so `import` and
// `require` return the same plugin object and ESLint sees one plugin, not two.
import plugin from './index.js';

export default plugin;
