export const id = 566;
export const ids = [566];
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

/***/ 8566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectorsCommand: () => (/* binding */ detectorsCommand)
/* harmony export */ });
/* harmony import */ var _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9838);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5797);




/** `secrets-action detectors`: lists the built-in detectors, as a table or as JSON. */
async function detectorsCommand(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Q)('detectors', argv, {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
        io.stdout(_help_js__WEBPACK_IMPORTED_MODULE_3__/* .detectorsHelp */ .jk);
        return _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.clean;
    }
    const rows = _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDetectors */ .PU.map((detector) => ({
        id: detector.id,
        type: detector.secretType,
        provider: detector.provider,
        strength: detector.strength,
        enabledByDefault: detector.enabledByDefault !== false,
        description: detector.description,
    }));
    if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.clean;
    }
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const row of rows) {
        const off = row.enabledByDefault ? '' : ' (off by default)';
        io.stdout(`${row.id.padEnd(width)}  ${row.strength.padEnd(10)}  ${row.description}${off}\n`);
    }
    io.stdout(`\n${rows.length} detectors\n`);
    return _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.clean;
}


/***/ })

};
