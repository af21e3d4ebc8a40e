/**
 * Import this before the model in every browser module that builds schemas (the engine
 * chunk, the forms' schema chunk). zod decides when a schema is built whether to compile its
 * parser with `new Function`, probing eval once; under a strict CSP the probe fails quietly,
 * but the host page's CSP still reports a violation for every visitor. Jitless parsing is a
 * little slower and never touches eval.
 */
import { z } from 'zod';

z.config({ jitless: true });
