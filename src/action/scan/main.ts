import * as core from '@actions/core';
import { keepYoungGenerationSmall } from '../../scanner/heap-sizing.js';
import { keepJavaScriptOffTurbofan } from '../../scanner/js-tiering.js';
import { failureMessage } from '../failure.js';
import { run } from './run.js';

keepJavaScriptOffTurbofan();
keepYoungGenerationSmall();

// setFailed sets process.exitCode rather than exiting, so pending output still flushes.
await run().catch((error: unknown) => core.setFailed(failureMessage(error)));
