export const id = 797;
export const ids = [797];
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

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inventoryCommand: () => (/* binding */ inventoryCommand)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _env_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3005);
/* harmony import */ var _env_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8864);
/* harmony import */ var _shared_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8429);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5797);






/**
 * `secrets-action inventory [.env files…]`: every key of each file with its class (secret,
 * configuration, reference) and the reason, as a table or JSON. Never a value.
 */
async function inventoryCommand(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Q)('inventory', argv, {
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
        io.stdout(_help_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryHelp */ ._G);
        return _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.clean;
    }
    if (values.format !== 'text' && values.format !== 'json')
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--format must be text or json, not '${values.format}'`);
    const classifier = new _env_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvClassifier */ .H();
    const loaded = [];
    const errors = [];
    for (const file of positionals.length > 0 ? positionals : ['.env']) {
        try {
            loaded.push(await (0,_env_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEnvFile */ .I)(io.cwd, file, classifier));
        }
        catch (error) {
            if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z1))
                throw error;
            errors.push(error.message);
        }
    }
    if (values.format === 'json')
        io.stdout(`${JSON.stringify(toJson(loaded, errors), null, 2)}\n`);
    else {
        writeText(loaded, io);
        for (const error of errors)
            io.stderr(`secrets-action: ${error}\n`);
    }
    return errors.length > 0 ? _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.error : _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.clean;
}
function writeText(files, io) {
    const rows = files.flatMap((file) => file.entries.map(({ entry, classification }) => [
        file.shown,
        String(entry.line),
        entry.key,
        classification.class,
        classification.reason,
    ]));
    if (rows.length > 0)
        io.stdout((0,_shared_table_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTable */ .ku)(['FILE', 'LINE', 'KEY', 'CLASS', 'REASON'], rows));
    for (const file of files)
        for (const notice of file.notices)
            io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
    const all = files.flatMap((file) => file.entries);
    const count = (c) => all.filter((e) => e.classification.class === c).length;
    io.stdout(`${rows.length > 0 ? '\n' : ''}${all.length} key${all.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ` +
        `${count('secret')} secret, ${count('config')} configuration, ${count('reference')} reference\n`);
    if (count('secret') > 0)
        io.stdout('Move the secrets to AWS Secrets Manager: secrets-action migrate --env-file FILE --prefix app/production/ --dry-run\n');
}
function toJson(files, errors) {
    return {
        files: files.map((file) => ({
            file: file.shown,
            entries: file.entries.map(({ entry, classification }) => ({
                line: entry.line,
                key: entry.key,
                class: classification.class,
                reason: classification.reason,
                ...(classification.detector ? { detector: classification.detector } : {}),
                ...(classification.references ? { references: classification.references } : {}),
            })),
            notices: file.notices,
        })),
        errors,
    };
}


/***/ }),

/***/ 8429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ alignRow),
/* harmony export */   Q4: () => (/* binding */ columnWidths),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/** The width of each column: its widest cell, header included. */
function columnWidths(header, rows) {
    return header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
}
/** One row laid out in columns two spaces apart; the last column is not padded. */
function alignRow(cells, widths) {
    return cells
        .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd();
}
/** Lays rows out in columns two spaces apart under their header; ends with a newline. */
function formatTable(header, rows) {
    const widths = columnWidths(header, rows);
    return [header, ...rows].map((row) => alignRow(row, widths)).join('\n') + '\n';
}


/***/ })

};
