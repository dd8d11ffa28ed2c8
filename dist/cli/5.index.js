export const id = 5;
export const ids = [5];
export const modules = {

/***/ 4005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnmergeableBaselineError: () => (/* binding */ UnmergeableBaselineError),
/* harmony export */   mergeBaselineCommand: () => (/* binding */ mergeBaselineCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _scanner_baseline_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1420);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5797);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);






/**
 * A side of the merge that is not a usable baseline: exit 1, which git reports as a conflict
 * (the file is then left with git's own conflict markers for a person to resolve).
 */
class UnmergeableBaselineError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1 {
    name = 'UnmergeableBaselineError';
    exitCode = _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.findings;
}
/**
 * `secrets-action merge-baseline BASE OURS THEIRS [PATH]`: git's merge driver for
 * `.secrets.baseline`. Merges by entry identity rather than by line and writes the result over
 * OURS, atomically, in the canonical layout.
 */
async function mergeBaselineCommand(argv, io) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)('merge-baseline', argv, {
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (parsed.values.help) {
        io.stdout(_help_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeBaselineHelp */ .PC);
        return _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.clean;
    }
    const [basePath, oursPath, theirsPath, shownPath] = parsed.positionals;
    if (theirsPath === undefined || parsed.positionals.length > 4)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('merge-baseline takes BASE OURS THEIRS and an optional PATH (git passes %O %A %B %P); ' +
            'run `secrets-action merge-baseline --help` for the setup');
    const shown = shownPath ?? '.secrets.baseline';
    const [base, ours, theirs] = await Promise.all([
        readSide(io.cwd, basePath, shown, 'the common ancestor', true),
        readSide(io.cwd, oursPath, shown, 'ours', false),
        readSide(io.cwd, theirsPath, shown, 'theirs', false),
    ]);
    const merged = (0,_scanner_baseline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeBaselines */ .f9)(base, ours, theirs);
    for (const warning of merged.warnings)
        io.stderr(`warning: ${shown}: ${warning}\n`);
    await (0,_scanner_baseline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBaselineAtomic */ .k0)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, oursPath), merged.baseline, shown);
    return _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.clean;
}
/**
 * One side, parsed. The ancestor may be empty (git passes an empty file when both sides added
 * the baseline); a side that cannot be parsed stops the merge with exit 1.
 */
async function readSide(cwd, path, shown, side, mayBeEmpty) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot read ${side} of ${shown} from ${path} (${code})`);
    }
    if (mayBeEmpty && text.trim() === '')
        return undefined;
    try {
        return (0,_scanner_baseline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBaseline */ .nk)(text, shown);
    }
    catch (error) {
        if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BaselineError */ .s$))
            throw error;
        throw new UnmergeableBaselineError(`cannot merge ${shown}: ${side}: ${error.message}\n` +
            'git leaves the file conflicted for you to resolve.');
    }
}


/***/ })

};
