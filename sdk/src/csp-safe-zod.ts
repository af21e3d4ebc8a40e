/**
 * Import this before the model in every browser module that builds schemas (the engine
 * chunk, the forms' schema chunk, the extension's pages and worker). Classic zod decides when
 * an object schema is built whether to compile its parser with `new Function`, probing eval
 * once; under a strict CSP the probe fails quietly, but the page's CSP still reports a
 * violation. The model's zod/mini objects never compile, but the extension's own schemas are
 * classic. Jitless parsing is a little slower and never touches eval. Imports zod/mini, not
 * zod: classic would put all of classic zod in the SDK bundle.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
