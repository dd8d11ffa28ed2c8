import * as core from '@actions/core';
import { run } from './cleanup.js';
import { failureMessage } from './failure.js';

// setFailed sets process.exitCode rather than exiting, so pending output still flushes.
await run().catch((error: unknown) => core.setFailed(failureMessage(error)));
