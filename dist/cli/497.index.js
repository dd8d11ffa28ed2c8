export const id = 497;
export const ids = [497];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(356);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


/**
 * Parses a command's arguments strictly (a misspelt option is an error, not a file name) and
 * turns parseArgs' own errors into a UsageError that points at the command's `--help`.
 */
function parseCommandArgs(command, argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options,
        });
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error.message}\nRun \`secrets-action ${command} --help\` for the options.`);
    }
}


/***/ }),

/***/ 1497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeSarifCommand: () => (/* binding */ mergeSarifCommand),
/* harmony export */   mergeSarifLogs: () => (/* binding */ mergeSarifLogs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _scanner_report_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1847);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5797);






/**
 * `secrets-action merge-sarif A.sarif B.sarif…`: the SARIF files of a sharded scan as one log,
 * one run per tool (code scanning wants one run per tool and category in an upload), rules
 * united, and a result found by two shards kept once (the first file's).
 */
async function mergeSarifCommand(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)('merge-sarif', argv, {
        help: { type: 'boolean', short: 'h', default: false },
        output: { type: 'string', short: 'o' },
    });
    if (values.help) {
        io.stdout(_help_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeSarifHelp */ .J3);
        return _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.clean;
    }
    if (positionals.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('merge-sarif needs at least one SARIF file; see merge-sarif --help');
    const logs = await Promise.all(positionals.map((path) => readLog((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), path)));
    const { log, duplicates, truncated } = mergeSarifLogs(logs);
    const results = log.runs.reduce((sum, run) => sum + run.results.length, 0);
    const text = `${JSON.stringify(log, null, 2)}\n`;
    if (values.output === undefined)
        io.stdout(text);
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.output), text).catch((error) => {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot write ${values.output}: ${error.code ?? error.message}`);
        });
    io.stderr(`merged ${logs.length} SARIF file${logs.length === 1 ? '' : 's'}: ${results} result${results === 1 ? '' : 's'}` +
        `${duplicates > 0 ? `, ${duplicates} duplicate${duplicates === 1 ? '' : 's'} dropped` : ''}` +
        `${truncated > 0 ? `, ${truncated} past GitHub's limit of ${_scanner_report_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .SARIF_MAX_RESULTS */ .m} left out` : ''}\n`);
    return _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.clean;
}
async function readLog(path, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot read ${shown} (${error.code ?? error})`);
    }
    let log;
    try {
        log = JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown} is not valid JSON; is it a SARIF file?`);
    }
    if (log?.version !== '2.1.0' || !Array.isArray(log.runs))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown} is not a SARIF 2.1.0 log (no version 2.1.0 and runs)`);
    return log;
}
/** The identity of a result across shards: rule, path and line-independent fingerprint. */
function resultKey(run, index) {
    const result = run.results[index];
    const uri = result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const hash = result?.partialFingerprints?.primaryLocationLineHash;
    return hash === undefined
        ? JSON.stringify([result?.ruleId, result?.locations, result?.message])
        : `${result?.ruleId}\0${uri}\0${hash}`;
}
/** Merges logs run by run (grouped by tool name); pure, so it is tested without files. */
function mergeSarifLogs(logs) {
    const merged = new Map();
    let duplicates = 0;
    let truncated = 0;
    for (const log of logs)
        for (const run of log.runs) {
            const tool = run.tool.driver.name;
            let target = merged.get(tool);
            if (target === undefined) {
                const rules = [...(run.tool.driver.rules ?? [])];
                target = {
                    run: {
                        ...run,
                        tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
                        results: [],
                    },
                    seen: new Set(),
                    ruleIds: new Map(rules.map((rule, index) => [rule.id, index])),
                };
                merged.set(tool, target);
            }
            else
                mergeProperties(target.run, run);
            const rules = target.run.tool.driver.rules;
            for (const rule of run.tool.driver.rules ?? [])
                if (!target.ruleIds.has(rule.id))
                    target.ruleIds.set(rule.id, rules.push(rule) - 1);
            run.results.forEach((result, index) => {
                const key = resultKey(run, index);
                if (target.seen.has(key))
                    return void duplicates++;
                if (target.run.results.length >= _scanner_report_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .SARIF_MAX_RESULTS */ .m)
                    return void truncated++;
                target.seen.add(key);
                const ruleIndex = target.ruleIds.get(result.ruleId);
                target.run.results.push({ ...result, ...(ruleIndex !== undefined && { ruleIndex }) });
            });
        }
    const first = logs[0];
    return {
        log: {
            ...(first?.$schema !== undefined && { $schema: first.$schema }),
            version: '2.1.0',
            runs: [...merged.values()].map((entry) => entry.run),
        },
        duplicates,
        truncated,
    };
}
/** A later shard's run adds its commit count; the shard label no longer applies. */
function mergeProperties(target, run) {
    const a = target.properties;
    const b = run.properties;
    if (a === undefined || b === undefined)
        return;
    const rest = { ...a };
    delete rest.shard;
    target.properties = {
        ...rest,
        ...(typeof a.commits === 'number' &&
            typeof b.commits === 'number' && { commits: a.commits + b.commits }),
    };
}


/***/ })

};
