import * as core from '@actions/core';
import { tuneRuntimeForScanning } from '../../scanner/runtime-tuning.js';
import { failureMessage } from '../failure.js';
import { run } from './run.js';

tuneRuntimeForScanning();

// setFailed sets process.exitCode rather than exiting, so pending output still flushes.
await run().catch((error: unknown) => core.setFailed(failureMessage(error)));
