#!/usr/bin/env node
import * as nodeModule from 'node:module';

// Everything else loads after this line, so Node's compile cache (Node 22.1 and later) keeps its
// compiled code between runs: parsing and compiling the bundle took 10-14 ms of the 80 or so a
// pre-commit hook spends above a bare Node start. The cache lives in the system temp folder;
// NODE_COMPILE_CACHE moves it and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

await (await import('./start.js')).start(new URL(import.meta.url));
