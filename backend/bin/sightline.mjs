#!/usr/bin/env node
// `npx sightline ...`: the CLI runs from its TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv.slice(2));
