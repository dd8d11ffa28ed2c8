#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7117:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", ({ value: true }));
__export(__nccwpck_require__(3972));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3972:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __nccwpck_require__(9896);
const debug_1 = __importDefault(__nccwpck_require__(2830));
const log = debug_1.default('@kwsites/file-exists');
function check(path, isFile, isDirectory) {
    log(`checking %s`, path);
    try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
            log(`[OK] path represents a file`);
            return true;
        }
        if (stat.isDirectory() && isDirectory) {
            log(`[OK] path represents a directory`);
            return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            log(`[FAIL] path is not accessible: %o`, e);
            return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
    }
}
/**
 * Synchronous validation of a path existing either as a file or as a directory.
 *
 * @param {string} path The path to check
 * @param {number} type One or both of the exported numeric constants
 */
function exists(path, type = exports.READABLE) {
    return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
}
exports.exists = exists;
/**
 * Constant representing a file
 */
exports.FILE = 1;
/**
 * Constant representing a folder
 */
exports.FOLDER = 2;
/**
 * Constant representing either a file or a folder
 */
exports.READABLE = exports.FILE + exports.FOLDER;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.ud = exports.yX = void 0;
/**
 * Creates a new `DeferredPromise`
 *
 * ```typescript
 import {deferred} from '@kwsites/promise-deferred`;
 ```
 */
function deferred() {
    let done;
    let fail;
    let status = 'pending';
    const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
    });
    return {
        promise,
        done(result) {
            if (status === 'pending') {
                status = 'resolved';
                done(result);
            }
        },
        fail(error) {
            if (status === 'pending') {
                status = 'rejected';
                fail(error);
            }
        },
        get fulfilled() {
            return status !== 'pending';
        },
        get status() {
            return status;
        },
    };
}
exports.yX = deferred;
/**
 * Alias of the exported `deferred` function, to help consumers wanting to use `deferred` as the
 * local variable name rather than the factory import name, without needing to rename on import.
 *
 * ```typescript
 import {createDeferred} from '@kwsites/promise-deferred`;
 ```
 */
exports.ud = deferred;
/**
 * Default export allows use as:
 *
 * ```typescript
 import deferred from '@kwsites/promise-deferred`;
 ```
 */
__webpack_unused_export__ = deferred;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3264);
/* harmony import */ var _scan_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4466);



// The bundle is a single file, so worker threads start it again; the worker data says which
// role this thread plays.
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && (0,_scan_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .isScanWorkerData */ .eL)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData)) {
    (0,_scan_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .runScanWorker */ .fR)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
}
else {
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
        stderrIsTTY: process.stderr.isTTY === true,
        workerUrl: new URL(import.meta.url),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/shared/errors.ts
/** Exit statuses of every command: documented in `--help` and the README. */
const ExitCode = {
    /** Nothing found. */
    clean: 0,
    /** At least one finding. */
    findings: 1,
    /** Bad usage, an invalid config file, or an I/O failure that stopped the run. */
    error: 2,
};
/**
 * The base of every expected failure: a message written for the user (naming the input and the
 * fix, never a secret value) and the exit code it maps to.
 */
class CliError extends Error {
}
/** A command line that cannot be run as given (unknown option, bad value, missing argument). */
class UsageError extends CliError {
    name = 'UsageError';
    exitCode = ExitCode.error;
}
/** A configuration file that is unreadable or invalid; `issues` lists every problem found. */
class ConfigError extends CliError {
    issues;
    name = 'ConfigError';
    exitCode = ExitCode.error;
    constructor(message, issues = []) {
        super(issues.length > 0
            ? `${message}\n${issues.map((issue) => `  - ${issue}`).join('\n')}`
            : message);
        this.issues = issues;
    }
}
/** A file-system or git failure that stops the whole run (a single unreadable file does not). */
class IoError extends CliError {
    name = 'IoError';
    exitCode = ExitCode.error;
}
/**
 * The one place an error becomes an exit code: expected errors carry theirs, anything else is a
 * bug and still fails the run (a non-Error throw included) rather than passing silently.
 */
function exitCodeFor(error) {
    return error instanceof CliError ? error.exitCode : ExitCode.error;
}
/** The text shown for an error: the message of an expected error, more context for a bug. */
function describeError(error) {
    if (error instanceof CliError)
        return error.message;
    if (error instanceof Error)
        return `internal error: ${error.stack ?? error.message}`;
    return `internal error: ${String(error)}`;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 159 modules
var detectors = __nccwpck_require__(9980);
;// CONCATENATED MODULE: ./src/scanner/report/json.ts
/**
 * The JSON report: snake_case keys as detect-secrets writes them, findings and skips sorted,
 * nothing machine-specific (no absolute paths, no timestamps), so equal scans give equal bytes.
 */
function formatJson(report) {
    const { stats } = report;
    const document = {
        tool: { name: 'secrets-action', version: report.version },
        findings: report.findings.map((finding) => ({
            file: finding.file,
            line: finding.line,
            column: finding.column,
            end_line: finding.endLine,
            end_column: finding.endColumn,
            detector_id: finding.detectorId,
            type: finding.secretType,
            provider: finding.provider,
            redacted: finding.redacted,
            hashed_secret: finding.hashedSecret,
        })),
        skipped: report.skips.map((skip) => ({
            file: skip.file,
            reason: skip.reason,
            ...(skip.line !== undefined && { line: skip.line }),
            ...(skip.detail !== undefined && { detail: skip.detail }),
        })),
        summary: {
            findings: report.findings.length,
            files_scanned: stats.filesScanned,
            bytes_scanned: stats.bytesScanned,
            non_utf8_files: stats.nonUtf8Files,
            skipped: { ...stats.skipped },
        },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/scanner/report/sarif-rules.ts
/** How often a strength's matches are real secrets, in GitHub code scanning's terms. */
const precisionOf = {
    prefixed: 'very-high',
    contextual: 'high',
    generic: 'medium',
};
/**
 * GitHub reads `security-severity` as a score: 7.0 to 8.9 is high, 4.0 to 6.9 medium. A leaked
 * credential is high; a guess by a generic detector is medium until someone looks.
 */
const severityOf = {
    prefixed: '8.9',
    contextual: '7.5',
    generic: '5.0',
};
/** A SARIF `reportingDescriptor` for a detector, with the help text GitHub shows next to alerts. */
function sarifRule(detector) {
    const summary = `${detector.description} (${detector.secretType}).`;
    return {
        id: detector.id,
        name: toRuleName(detector.id),
        shortDescription: { text: truncate(detector.description, 1024) },
        fullDescription: { text: truncate(`Detects a ${summary}`, 1024) },
        help: { text: helpText(detector, 'text'), markdown: helpText(detector, 'markdown') },
        defaultConfiguration: { level: 'error' },
        properties: {
            // GitHub keeps at most 20 tags per rule (shows 10); these are 3 or 4.
            tags: [
                'security',
                'secret',
                detector.provider,
                ...(detector.strength === 'generic' ? ['heuristic'] : []),
            ],
            precision: precisionOf[detector.strength],
            'security-severity': severityOf[detector.strength],
        },
    };
}
function helpText(detector, format) {
    const code = (text) => (format === 'markdown' ? `\`${text}\`` : text);
    const title = format === 'markdown' ? `**${detector.description}**` : detector.description;
    return [
        `${title} (${detector.secretType}, detector ${code(detector.id)}).`,
        '',
        'If it is a real credential: revoke or rotate it with its provider first (removing it from the code does not un-leak it), ' +
            'then load it at run time from a secret store or an environment variable, and remove it from the git history if the repository is shared.',
        '',
        `If it is not a secret: add ${code('pragma: allowlist secret')} in a comment on the line, ` +
            `or list a regex for it under ${code('exclude-secrets')} or ${code('exclude-lines')} in ${code('.secrets-action.yaml')}.`,
    ].join('\n');
}
/** GitHub limits a rule name to 255 characters; ids are far shorter. */
function toRuleName(id) {
    return id
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('')
        .slice(0, 255);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/scanner/report/sarif.ts



/** GitHub code scanning rejects a run with more results than this. */
const SARIF_MAX_RESULTS = 25_000;
/** The base id that every result's relative path is resolved against. */
const rootId = '%SRCROOT%';
/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: every property it requires, rules
 * with help text, paths relative to the scan root, and a `primaryLocationLineHash` built from
 * the rule and the secret's hash (not its line), so an alert survives edits around it.
 * Results past GitHub's limit are left out; `truncated` says how many.
 */
function formatSarif(report) {
    const ruleIndex = new Map(report.detectors.map((detector, index) => [detector.id, index]));
    const kept = report.findings.slice(0, SARIF_MAX_RESULTS);
    const occurrences = new Map();
    const results = kept.map((finding) => {
        const key = `${finding.file}\0${finding.detectorId}\0${finding.fingerprint}`;
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        return sarifResult(finding, ruleIndex.get(finding.detectorId), occurrence);
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'secrets-action',
                        semanticVersion: report.version,
                        rules: report.detectors.map(sarifRule),
                    },
                },
                originalUriBaseIds: { [rootId]: { uri: (0,external_node_url_namespaceObject.pathToFileURL)(`${report.root}/`).href } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return {
        text: `${JSON.stringify(log, null, 2)}\n`,
        truncated: report.findings.length - kept.length,
    };
}
function sarifResult(finding, ruleIndex, occurrence) {
    const lineHash = (0,external_node_crypto_.createHash)('sha256')
        .update(`${finding.detectorId}\0${finding.fingerprint}`)
        .digest('hex')
        .slice(0, 16);
    return {
        ruleId: finding.detectorId,
        ...(ruleIndex !== undefined && { ruleIndex }),
        level: 'error',
        message: { text: `${finding.secretType} found (${finding.detectorId}): ${finding.redacted}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUriPath(finding.file), uriBaseId: rootId },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                    },
                },
            },
        ],
        partialFingerprints: { primaryLocationLineHash: `${lineHash}:${occurrence}` },
        properties: { hashed_secret: finding.hashedSecret, secret_type: finding.secretType },
    };
}
/** A relative POSIX path as a URI reference: each segment percent-encoded. */
function toUriPath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/scanner/report/text.ts
/** The human-readable report: one line per finding, then what was skipped, then a summary. */
function formatText(report, options = {}) {
    const lines = [];
    for (const finding of report.findings) {
        lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.secretType} [${finding.detectorId}] ` +
            `${finding.redacted} (hashed_secret ${finding.hashedSecret})`);
    }
    const skipLines = options.verbose ? report.skips.map(describeSkip) : groupedSkipLines(report);
    if (skipLines.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(...skipLines);
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(summaryLine(report));
    return `${lines.join('\n')}\n`;
}
function describeSkip(skip) {
    const where = skip.line === undefined ? skip.file : `${skip.file}:${skip.line}`;
    return `skipped ${where}: ${skip.reason}${skip.detail === undefined ? '' : ` (${skip.detail})`}`;
}
/** Skips without binary files (counted in the summary), long lines grouped into one line per file. */
function groupedSkipLines(report) {
    const out = [];
    const longLines = new Map();
    for (const skip of report.skips) {
        if (skip.reason === 'binary')
            continue;
        if (skip.reason === 'long-line' && skip.line !== undefined) {
            const list = longLines.get(skip.file);
            if (list)
                list.push(skip.line);
            else {
                longLines.set(skip.file, [skip.line]);
                out.push(skip.file);
            }
        }
        else
            out.push(describeSkip(skip));
    }
    return out.map((entry) => {
        const numbers = longLines.get(entry);
        if (numbers === undefined)
            return entry;
        const shown = numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ', …' : '');
        const [count, label] = numbers.length === 1 ? ['a line', 'line'] : [`${numbers.length} lines`, 'lines'];
        return `skipped ${count} of ${entry} longer than the line cap (${label} ${shown})`;
    });
}
/** One line that says what was found and what was left out. */
function summaryLine(report) {
    const count = report.findings.length;
    const files = new Set(report.findings.map((finding) => finding.file)).size;
    const found = count === 0
        ? 'No secrets found'
        : `${count} secret${count === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
    return `${found}; ${describeStats(report.stats)}.`;
}
function describeStats(stats) {
    const parts = [
        `scanned ${stats.filesScanned} file${stats.filesScanned === 1 ? '' : 's'} (${formatBytes(stats.bytesScanned)})`,
    ];
    const skipped = Object.entries(stats.skipped)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${n} ${reason}`);
    if (skipped.length > 0)
        parts.push(`skipped ${skipped.join(', ')}`);
    if (stats.nonUtf8Files > 0)
        parts.push(`${stats.nonUtf8Files} not UTF-8 (scanned for ASCII tokens)`);
    return parts.join('; ');
}
/** A byte count for people: `512 B`, `1.5 MB`. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: ./src/scanner/engine.ts + 11 modules
var engine = __nccwpck_require__(4163);
;// CONCATENATED MODULE: ./src/scanner/report/model.ts

/** Accumulates per-file results in any order and yields a deterministic, sorted report. */
class ScanTally {
    findings = [];
    skips = [];
    stats = {
        filesScanned: 0,
        bytesScanned: 0,
        nonUtf8Files: 0,
        skipped: { binary: 0, 'too-large': 0, 'long-line': 0, unreadable: 0, excluded: 0 },
    };
    /** Adds one file's outcome. */
    add(outcome) {
        if (outcome.status === 'scanned') {
            this.stats.filesScanned++;
            this.stats.bytesScanned += outcome.bytes;
            if (!outcome.utf8)
                this.stats.nonUtf8Files++;
        }
        this.findings.push(...outcome.findings);
        for (const skip of outcome.skips)
            this.skip(skip);
    }
    /** Records a skip that no file outcome carries (an excluded file, an unreadable directory). */
    skip(skip) {
        this.stats.skipped[skip.reason]++;
        if (skip.reason !== 'excluded')
            this.skips.push(skip);
    }
    /** How many findings so far (for progress). */
    get findingCount() {
        return this.findings.length;
    }
    /** The final report, sorted so that it is the same whatever order files were scanned in. */
    report(version, root, detectors) {
        const findings = [...this.findings].sort(engine/* compareFindings */.Eg);
        const skips = [...this.skips].sort(compareSkips);
        return { version, root, detectors, findings, skips, stats: structuredClone(this.stats) };
    }
}
function compareSkips(a, b) {
    const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.reason, b.reason);
}

;// CONCATENATED MODULE: ./src/scanner/report/index.ts





/** The report formats `--format` accepts. */
const reportFormats = ['text', 'json', 'sarif'];
/** Renders a report in the chosen format. */
function renderReport(report, format, verbose = false) {
    if (format === 'json')
        return { text: formatJson(report), warnings: [] };
    if (format === 'text')
        return { text: formatText(report, { verbose }), warnings: [] };
    const { text, truncated } = formatSarif(report);
    const warnings = truncated > 0
        ? [
            `the SARIF report holds the first 25000 results only (GitHub's limit); ${truncated} more are in --format json`,
        ]
        : [];
    return { text, warnings };
}

;// CONCATENATED MODULE: ./src/cli/help.ts

/** Exit statuses as `--help` documents them. */
const exitCodes = `Exit codes:
  0  no secrets found
  1  secrets found
  2  usage, configuration or I/O error`;
/** The top-level usage text. */
const mainHelp = `Usage: secrets-action <command> [options]

Keep secrets out of git.

Commands:
  scan [PATH...]   scan the git work tree, or the given files and directories, for secrets
  detectors        list the built-in detectors (ids for disabled-detectors / enabled-detectors)

Options:
  -h, --help       show this help (\`secrets-action scan --help\` for the command's options)
  -v, --version    print the version

${exitCodes}
`;
/** The usage text of `scan`. */
const scanHelp = `Usage: secrets-action scan [options] [PATH...]

Scans for secrets (API keys, tokens, private keys, passwords). With no PATH, scans the git work
tree: tracked files plus untracked files that are not ignored; outside a git repository, the
current directory. Directories given as PATH are walked (symbolic links to directories are not
followed, .git is skipped). Binary files, files above the size cap and over-long lines are
skipped and counted. Secret values are never printed: findings show a short prefix and the
SHA-1 \`hashed_secret\` detect-secrets computes.

Options:
  -f, --format FORMAT        report format: ${reportFormats.join(', ')} (default: text)
  -o, --output FILE          write the report to FILE instead of standard output
      --exclude-files GLOB   skip files whose path (relative to the root) matches GLOB; a
                             pattern without a slash matches a file or directory name anywhere
      --exclude-lines REGEX  drop findings on lines matching REGEX
      --exclude-secrets REGEX
                             drop findings whose secret matches REGEX
                             (each --exclude-* option may be repeated)
  -c, --config FILE          read settings from FILE (default: .secrets-action.yaml at the root)
  -j, --jobs N               worker threads (default: one per CPU when there are many files)
      --verbose              list every skipped file, binary ones included
  -h, --help                 show this help

Configuration file (.secrets-action.yaml):
  exclude-files, exclude-lines, exclude-secrets   lists, as the options above
  disabled-detectors                              detector ids not to run
  enabled-detectors                               detectors that are off by default, to run
  detectors                                       custom detectors: id, pattern (regex, optional
                                                  named group "secret"), keywords, description,
                                                  secret-type, min-entropy, flags
  max-line-length                                 longer lines are skipped (default 20000)
  max-file-size                                   larger files are skipped (default 10MiB)

${exitCodes}
`;
/** The usage text of `detectors`. */
const detectorsHelp = `Usage: secrets-action detectors [--json]

Lists the built-in detectors: id (stable; use it in disabled-detectors and enabled-detectors),
strength (prefixed: the token names its provider; contextual: a provider-shaped value assigned to
a name that mentions the provider; generic: entropy and keyword guesses) and description.

Options:
      --json       print the list as JSON (id, type, provider, strength, enabledByDefault, description)
  -h, --help       show this help
`;

;// CONCATENATED MODULE: ./src/cli/commands/detectors.ts




/** `secrets-action detectors`: lists the built-in detectors, as a table or as JSON. */
async function detectorsCommand(argv, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        }));
    }
    catch (error) {
        throw new UsageError(`${error.message}. Run \`secrets-action detectors --help\`.`);
    }
    if (values.help) {
        io.stdout(detectorsHelp);
        return ExitCode.clean;
    }
    const rows = detectors/* builtinDetectors */.PU.map((detector) => ({
        id: detector.id,
        type: detector.secretType,
        provider: detector.provider,
        strength: detector.strength,
        enabledByDefault: detector.enabledByDefault !== false,
        description: detector.description,
    }));
    if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return ExitCode.clean;
    }
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const row of rows) {
        const off = row.enabledByDefault ? '' : ' (off by default)';
        io.stdout(`${row.id.padEnd(width)}  ${row.strength.padEnd(10)}  ${row.description}${off}\n`);
    }
    io.stdout(`\n${rows.length} detectors\n`);
    return ExitCode.clean;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/scanner/config/exclude-files.ts

/**
 * A predicate for `exclude-files` globs, matched against root-relative POSIX paths. Dot files
 * match like any other; a pattern without a slash matches a name at any depth (as in
 * .gitignore); a pattern that matches a directory excludes everything under it.
 */
function createFileExcluder(globs) {
    if (globs.length === 0)
        return () => false;
    const options = { dot: true, nocomment: true };
    const matchers = globs.flatMap((glob) => {
        const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
        const pattern = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
        return [new Minimatch(pattern, options), new Minimatch(`${pattern}/**`, options)];
    });
    return (path) => matchers.some((matcher) => matcher.match(path));
}

// EXTERNAL MODULE: ./src/scanner/config/settings.ts
var config_settings = __nccwpck_require__(7836);
;// CONCATENATED MODULE: ./node_modules/@simple-git/args-pathspec/dist/index.mjs
const t = /* @__PURE__ */ new WeakMap();
function dist_c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function dist_r(n) {
  return n instanceof String && t.has(n);
}
function dist_o(n) {
  return t.get(n) ?? [];
}

//# sourceMappingURL=index.mjs.map

// EXTERNAL MODULE: ./node_modules/@kwsites/file-exists/dist/index.js
var dist = __nccwpck_require__(7117);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(2830);
// EXTERNAL MODULE: ./node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(9997);
;// CONCATENATED MODULE: ./node_modules/@simple-git/argv-parser/dist/index.mjs

function* x(e, n) {
  const t = n === "global";
  for (const o of e)
    o.isGlobal === t && (yield o);
}
const P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o } of x(e, "task")) {
    if (P.has(o))
      return w(!0, n);
    if (S.has(o))
      return w(!1, n);
  }
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : E.has(t) ? w(!0, n.slice(1)) : F.has(t) ? w(!1, n.slice(1)) : n.length === 1 ? w(!1, n) : w(!0, n);
}
function w(e = !1, n = []) {
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t = N(n), o = t && G(n.value);
    o && (yield {
      ...o,
      scope: t
    });
  }
}
function D(e, n, t) {
  const o = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o,
    M(n),
    A(n, t)
  ), o;
}
function L(e, n, t) {
  if (t === null)
    return;
  const o = O(n, t);
  t.isWrite ? e.write.push(o) : e.read.push(o);
}
const C = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, I = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", !0],
      // -X <option>   strategy option
      ["f", !1],
      // -f force-rebase
      ["i", !1],
      // -i interactive
      ["k", !1],
      // -k keep-base
      ["m", !1],
      // -m merge
      ["n", !1],
      // -n no-stat
      ["q", !1],
      // -q quiet
      ["r", !1],
      // -r rebase-merges
      ["s", !0],
      // -s <strategy>
      ["v", !1],
      // -v verbose
      ["x", !0]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t = e.indexOf("=");
    if (t > 2)
      return [{ name: e.slice(0, t), value: e.slice(t + 1), needsNext: !1 }];
    const o = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o) }];
  }
  if (e.length === 2) {
    const t = e.charAt(1), o = n.short.get(t);
    return [{ name: e, needsNext: o === !0 }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t = e.slice(1).split(""), o = [];
  for (let a = 0; a < t.length; a++) {
    const s = t[a], r = n.get(s);
    if (r === void 0)
      return [{ name: e, needsNext: !1 }];
    if (r) {
      const i = t.slice(a + 1).join("");
      if (i && ![...i].every((m) => n.has(m)))
        return o.push({ name: `-${s}`, value: i, needsNext: !1 }), o;
    }
    o.push({ name: `-${s}`, needsNext: r });
  }
  return o;
}
function W(e, n = []) {
  let t = 0;
  for (; t < e.length; ) {
    const o = String(e[t]);
    if (!o.startsWith("-") || o.length < 2) break;
    const a = b(o);
    let s = t + 1;
    for (const r of a) {
      const i = {
        name: r.name,
        value: r.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      r.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = !0, s++), n.push(i);
    }
    t = s;
  }
  return { flags: n, taskIndex: t };
}
function V(e, n, t = []) {
  const o = B(n), a = [], s = [];
  let r = 0;
  for (; r < e.length; ) {
    const i = e[r];
    if (dist_r(i)) {
      s.push(...dist_o(i)), r++;
      continue;
    }
    const p = String(i);
    if (p === "--") {
      for (let d = r + 1; d < e.length; d++) {
        const g = e[d];
        dist_r(g) ? s.push(...dist_o(g)) : s.push(String(g));
      }
      break;
    }
    if (!p.startsWith("-") || p.length < 2) {
      a.push(p), r++;
      continue;
    }
    const m = b(p, o);
    let u = r + 1;
    for (const d of m) {
      const g = {
        name: d.name,
        value: d.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      d.needsNext && g.value === void 0 && u < e.length && !dist_r(e[u]) && (g.value = String(e[u]), g.absorbedNext = !0, u++), t.push(g);
    }
    r = u;
  }
  return { flags: t, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t of K) {
      const o = t(n.key);
      o && (yield o);
    }
}
function f(e, n, t = String(e)) {
  const o = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o.test(s))
      return {
        category: n,
        message: `Configuring ${t} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t, n, e);
}
const K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t of n)
    for (const o of X) {
      const a = o(e, t);
      a && (yield a);
    }
}
function c(e, n, t, { name: o = String(n), globalOnly: a = !1, withValue: s = !1 } = {}) {
  const r = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o} is not permitted without enabling ${t}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r.test(u.name))
      return {
        category: t,
        message: i
      };
  };
}
const h = { globalOnly: !0, withValue: !0 }, X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t) {
  return [...H(e, n), ...q(t)];
}
function Y(...e) {
  const { flags: n, taskIndex: t } = W(e), o = t < e.length ? String(e[t]).toLowerCase() : null, a = o !== null ? e.slice(t + 1) : [], { positionals: s, pathspecs: r } = V(a, o, n), i = D(o, n, s);
  return {
    task: o,
    flags: n.map(J),
    paths: r,
    config: i,
    vulnerabilities: z(k(o, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
const y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t = 0; t < n; t++) {
    const o = e[`git_config_key_${t}`], a = e[`git_config_value_${t}`];
    o !== void 0 && (yield { key: o.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t = y[n];
      yield {
        category: t,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t, o] of Object.entries(e)) {
    const a = t.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t = {
    read: [],
    write: [...Q(n)]
  }, o = [
    ...Z(n),
    ...k(null, [], t)
  ];
  return {
    config: t,
    vulnerabilities: o
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./node_modules/simple-git/dist/index.mjs









class dist_O extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class Ae extends dist_O {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
}
class dist_A extends dist_O {
  constructor(e, n, r) {
    super(e, r), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class at extends dist_O {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
}
class xe extends dist_O {
  constructor(e) {
    super(void 0, e);
  }
}
const dist_I = "\0", dist_W = () => {
};
function Ne(t) {
  return typeof t != "function" ? dist_W : t;
}
function $e(t) {
  return typeof t == "function" && t !== dist_W;
}
function Pe(t, e) {
  const n = t.indexOf(e);
  return n <= 0 ? [t, ""] : [t.substr(0, n), t.substr(n + 1)];
}
function Me(t, e = 0) {
  return Dt(t) && t.length > e ? t[e] : void 0;
}
function dist_N(t, e = 0) {
  if (Dt(t) && t.length > e)
    return t[t.length - 1 - e];
}
function Dt(t) {
  return Bt(t);
}
function dist_H(t = "", e = !0, n = `
`) {
  return t.split(n).reduce((r, s) => {
    const o = e ? s.trim() : s;
    return o && r.push(o), r;
  }, []);
}
function ut(t, e) {
  return dist_H(t, !0).map((n) => e(n));
}
function Lt(t) {
  return (0,dist.exists)(t, dist.FOLDER);
}
function dist_S(t, e) {
  return Array.isArray(t) ? t.includes(e) || t.push(e) : t.add(e), e;
}
function De(t, e) {
  return Array.isArray(t) && !t.includes(e) && t.push(e), t;
}
function ct(t, e) {
  if (Array.isArray(t)) {
    const n = t.indexOf(e);
    n >= 0 && t.splice(n, 1);
  } else
    t.delete(e);
  return e;
}
const ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t) {
  return Array.isArray(t) ? t : [t];
}
function jt(t) {
  return t.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function dist_L(t) {
  return v(t).map((e) => e instanceof String ? e : String(e));
}
function p(t, e = 0) {
  if (t == null)
    return e;
  const n = parseInt(t, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t, e) {
  const n = [];
  for (let r = 0, s = t.length; r < s; r++)
    n.push(e, t[r]);
  return n;
}
function dist_F(t) {
  return (Array.isArray(t) ? Buffer.concat(t) : t).toString("utf-8");
}
function Le(t) {
  return t ? Buffer.isBuffer(t) ? t.length : Buffer.byteLength(t) : 0;
}
function je(t, e) {
  const n = {};
  return e.forEach((r) => {
    t[r] !== void 0 && (n[r] = t[r]);
  }), n;
}
function wt(t = 0) {
  return new Promise((e) => setTimeout(e, t));
}
function bt(t) {
  if (t !== !1)
    return t;
}
function d(t, e, n) {
  return e(t) ? t : arguments.length > 2 ? n : void 0;
}
const dist_K = (t) => Array.isArray(t);
function st(t, e) {
  const n = dist_r(t) ? "string" : typeof t;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
const m = (t) => typeof t == "string" || dist_r(t), Be = (t) => m(t) || Buffer.isBuffer(t), dist_G = (t) => m(t) || Array.isArray(t) && t.every(m);
function lt(t) {
  return !!t && ft(t) === "[object Object]";
}
function Ie(t) {
  return typeof t == "function";
}
const Bt = (t) => t == null || "number|boolean|function".includes(typeof t) ? !1 : typeof t.length == "number";
var dist_V = /* @__PURE__ */ ((t) => (t[t.SUCCESS = 0] = "SUCCESS", t[t.ERROR = 1] = "ERROR", t[t.NOT_FOUND = -2] = "NOT_FOUND", t[t.UNCLEAN = 128] = "UNCLEAN", t))(dist_V || {});
class dist_z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new dist_z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
class dist_l {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r, s) => (this.resetMatches(), this._regExp.every((o, i) => this.addMatch(o, i, r(i))) ? this.useMatches(s, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r) {
    const s = r && e.exec(r);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
}
class dist_x extends dist_l {
  addMatch(e, n, r) {
    return /^remote:\s/.test(String(r)) && super.addMatch(e, n, r);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
}
const Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: !1
};
function Ge(...t) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t.filter((r) => typeof r == "object" && r)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === !0, n;
}
function It(t, e = []) {
  return lt(t) ? Object.keys(t).reduce((n, r) => {
    const s = t[r];
    if (dist_r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r + "=" + s);
    else if (Array.isArray(s))
      for (const o of s)
        st(o, ["string", "number"]) || n.push(r + "=" + o);
    else
      n.push(r);
    return n;
  }, e) : e;
}
function dist_h(t, e = 0, n = !1) {
  const r = [];
  for (let s = 0, o = e < 0 ? t.length : e; s < o; s++)
    "string|number".includes(typeof t[s]) && r.push(String(t[s]));
  return It(ht(t), r), n || r.push(...ze(t)), r;
}
function ze(t) {
  const e = typeof dist_N(t) == "function";
  return dist_L(d(dist_N(t, e ? 1 : 0), dist_K, []));
}
function ht(t) {
  const e = Ie(dist_N(t));
  return d(dist_N(t, e ? 1 : 0), lt);
}
function u(t, e = !0) {
  const n = Ne(dist_N(t));
  return e || $e(n) ? n : void 0;
}
function Tt(t, e) {
  return t(e.stdOut, e.stdErr);
}
function dist_E(t, e, n, r = !0) {
  return v(n).forEach((s) => {
    for (let o = dist_H(s, r), i = 0, a = o.length; i < a; i++) {
      const c = (y = 0) => {
        if (!(i + y >= a))
          return o[i + y];
      };
      e.some(({ parse: y }) => y(c, t));
    }
  }), t;
}
var qe = /* @__PURE__ */ ((t) => (t.BARE = "bare", t.IN_TREE = "tree", t.IS_REPO_ROOT = "root", t))(qe || {});
const mt = ({ exitCode: t }, e, n, r) => {
  if (t === dist_V.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r(e);
}, Ut = (t) => t.trim() === "true";
function We(t) {
  switch (t) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t));
}
class Xe {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
}
const Ye = /^[a-z]+\s*/i, Qe = /^[a-z]+\s+[a-z]+\s*/i, Je = /\/$/;
function Ze(t, e) {
  const n = new Xe(t), r = t ? Qe : Ye;
  return dist_H(e).forEach((s) => {
    const o = s.replace(r, "");
    n.paths.push(o), (Je.test(o) ? n.folders : n.files).push(o);
  }), n;
}
const Ft = [];
function tn(t) {
  return {
    commands: Ft,
    format: "empty",
    parser: t
  };
}
function dist_b(t) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t == "string" ? new xe(t) : t;
    }
  };
}
function g(t, e = !1) {
  return {
    commands: t,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t) {
  return {
    commands: t,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t) {
  return t.format === "buffer";
}
function kt(t) {
  return t.format === "empty" || !t.commands.length;
}
const nn = "Git clean interactive mode is not supported", rn = 'Git clean mode parameter ("n" or "f") is required', sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t) => (t.DRY_RUN = "n", t.FORCE = "f", t.IGNORED_INCLUDED = "x", t.IGNORED_ONLY = "X", t.EXCLUDING = "e", t.QUIET = "q", t.RECURSIVE = "d", t))(zt || {});
const qt = /* @__PURE__ */ new Set([
  "i",
  ...dist_L(Object.values(zt))
]);
function on(t, e) {
  const { cleanMode: n, options: r, valid: s } = cn(t);
  return n ? s.options ? (r.push(...e), r.some(hn) ? dist_b(nn) : an(n, r)) : dist_b(sn + JSON.stringify(t)) : dist_b(rn);
}
function an(t, e) {
  return {
    commands: ["clean", `-${t}`, ...e],
    format: "utf-8",
    parser(r) {
      return Ze(t === "n", r);
    }
  };
}
function un(t) {
  return Array.isArray(t) && t.every((e) => qt.has(e));
}
function cn(t) {
  let e, n = [], r = { cleanMode: !1, options: !0 };
  return t.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r.cleanMode = !0) : r.options = r.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r
  };
}
function fn(t) {
  return t === "f" || t === "n";
}
function ln(t) {
  return /^-[a-z]$/i.test(t) && qt.has(t.charAt(1));
}
function hn(t) {
  return /^-[^\-]/.test(t) ? t.indexOf("i") > 0 : t === "--interactive";
}
class mn {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = dist_N(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r) : s[n] = [s[n], r] : s[n] = r, this._all = void 0;
  }
}
function pn(t) {
  const e = new mn();
  for (const n of Wt(t))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t, e) {
  let n = null;
  const r = [], s = /* @__PURE__ */ new Map();
  for (const o of Wt(t, e))
    o.key === e && (r.push(n = o.value), s.has(o.file) || s.set(o.file, []), s.get(o.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r
  };
}
function gn(t) {
  return t.replace(/^(file):/, "");
}
function* Wt(t, e = null) {
  const n = t.split("\0");
  for (let r = 0, s = n.length - 1; r < s; ) {
    const o = gn(n[r++]);
    let i = n[r++], a = e;
    if (i.includes(`
`)) {
      const c = Pe(i, `
`);
      a = c[0], i = c[1];
    }
    yield { file: o, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t) => (t.system = "system", t.global = "global", t.local = "local", t.worktree = "worktree", t))(Ht || {});
function dist_Y(t, e) {
  return typeof t == "string" && Object.hasOwn(Ht, t) ? t : e;
}
function yn(t, e, n, r) {
  const s = ["config", `--${r}`];
  return n && s.push("--add"), s.push(t, e), {
    commands: s,
    format: "utf-8",
    parser(o) {
      return o;
    }
  };
}
function wn(t, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r) {
      return dn(r, t);
    }
  };
}
function bn(t) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t && e.push(`--${t}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t, e, ...n) {
      return this._runTask(
        yn(
          t,
          e,
          n[0] === !0,
          dist_Y(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t, e) {
      return this._runTask(
        wn(t, dist_Y(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t) {
      return this._runTask(
        bn(dist_Y(t[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t) => (t.ADDED = "A", t.COPIED = "C", t.DELETED = "D", t.MODIFIED = "M", t.RENAMED = "R", t.CHANGED = "T", t.UNMERGED = "U", t.UNKNOWN = "X", t.BROKEN = "B", t))(Kt || {});
const kn = new Set(Object.values(Kt));
function _n(t) {
  return kn.has(t);
}
var _t;
const vn = ["-h"], dist_j = /* @__PURE__ */ Symbol("grepQuery");
class En {
  constructor() {
    this[_t] = [];
  }
  *[(_t = dist_j, Symbol.iterator)]() {
    for (const e of this[dist_j])
      yield e;
  }
  and(...e) {
    return e.length && this[dist_j].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[dist_j].push(...U(e, "-e")), this;
  }
}
function Sn(...t) {
  return new En().param(...t);
}
function Rn(t) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t, (r) => {
    const [s, o, i] = r.split(dist_I);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t) {
      const e = u(arguments), n = dist_h(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            dist_b(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t == "string" && (t = Sn().param(t));
      const r = ["grep", "--null", "-n", "--full-name", ...n, ...t];
      return this._runTask(
        {
          commands: r,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t) => (t.MIXED = "mixed", t.SOFT = "soft", t.HARD = "hard", t.MERGE = "merge", t.KEEP = "keep", t))(Vt || {});
const Cn = dist_L(Object.values(Vt));
function An(t, e) {
  const n = ["reset"];
  return Xt(t) && n.push(`--${t}`), n.push(...e), g(n);
}
function xn(t) {
  if (Xt(t))
    return t;
  switch (typeof t) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t) {
  return typeof t == "string" && Cn.includes(t);
}
src.formatters.L = (t) => String(Bt(t) ? t.length : "-");
src.formatters.B = (t) => Buffer.isBuffer(t) ? t.toString("utf8") : ft(t);
function Nn() {
  return src("simple-git");
}
function vt(t, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r, ...s) => {
    t(r, ...s), n(r, ...s);
  } : t : (r, ...s) => {
    t(`%s ${r}`, e, ...s), n && n(r, ...s);
  };
}
function $n(t, e, { namespace: n }) {
  if (typeof t == "string")
    return t;
  const r = e && e.namespace || "";
  return r.startsWith(n) ? r.substr(n.length + 1) : r || n;
}
function dist_$(t, e, n, r = Nn()) {
  const s = t && `[${t}]` || "", o = [], i = typeof e == "string" ? r.extend(e) : e, a = $n(d(e, m), i, r);
  return y(n);
  function c(w, T) {
    return dist_S(
      o,
      dist_$(t, a.replace(/^[^:]+/, w), T, r)
    );
  }
  function y(w) {
    const T = w && `[${w}]` || "", k = i && vt(i, T) || dist_W, C = vt(r, `${s} ${T}`, k);
    return Object.assign(i ? k : C, {
      label: t,
      sibling: c,
      info: C,
      step: y
    });
  }
}
const dist_M = class M {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M.getName(e.commands[0]), r = dist_$(this.logLabel, n);
    return {
      task: e,
      logger: r,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r }] of Array.from(this._queue.entries()))
      n === e.task ? (r.info("Failed %o", e), r(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new dist_O(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M.counter}`;
  }
};
dist_M.counter = 0;
let ot = dist_M;
class Pn {
  constructor(e, n, r) {
    this._executor = e, this._scheduler = n, this._plugins = r, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r(), n();
    }
  }
  onFatalException(e, n) {
    const r = n instanceof dist_O ? Object.assign(n, { task: e }) : new dist_O(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r), r;
  }
  async attemptRemoteTask(e, n) {
    const r = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o = await this.gitResponse(
      e,
      r,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r, s) {
    const { exitCode: o, rejection: i, stdOut: a, stdErr: c } = r;
    return new Promise((y, w) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o);
      const { error: T } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r
        }
      );
      if (T && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r,
          T,
          (k) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k)), y(
              new dist_z(
                Array.isArray(k) ? Buffer.concat(k) : k,
                Buffer.concat(c)
              )
            );
          },
          w
        );
      if (T)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o,
          c.length,
          i
        ), w(T);
      s.info("retrieving task output complete"), y(new dist_z(Buffer.concat(a), Buffer.concat(c)));
    });
  }
  async gitResponse(e, n, r, s, o) {
    const i = o.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: !0
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c) => {
      const y = [], w = [];
      o.info("%s %o", n, r), o("%O", a);
      let T = this._beforeSpawn(e, r);
      if (T)
        return c({
          stdOut: y,
          stdErr: w,
          exitCode: 9901,
          rejection: T
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r),
        kill(C) {
          T = C || T;
        }
      });
      const k = (0,external_node_child_process_namespaceObject.spawn)(n, r, a);
      k.stdout.on(
        "data",
        Et(y, "stdOut", o, i.step("stdOut"))
      ), k.stderr.on(
        "data",
        Et(w, "stdErr", o, i.step("stdErr"))
      ), k.on("error", Mn(w, o)), s && (o("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k.stdout, k.stderr, [...r])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r),
        spawned: k,
        close(C, Te) {
          c({
            stdOut: y,
            stdErr: w,
            exitCode: C,
            rejection: T || Te
          });
        },
        kill(C) {
          k.killed || (T = C, k.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r = s || r;
      }
    }), r;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
}
function Mn(t, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t, e, n, r) {
  return (s) => {
    n("%s received %L bytes", e, s), r("%B", s), t.push(s);
  };
}
class Dn {
  constructor(e, n, r) {
    this.cwd = e, this._scheduler = n, this._plugins = r, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
}
function Ln(t, e, n = dist_W) {
  const r = (o) => {
    n(null, o);
  }, s = (o) => {
    o?.task === t && n(o, void 0);
  };
  e.then(r, s);
}
function St(t, e) {
  return tn((n) => {
    if (!Lt(t))
      throw new Error(`Git.cwd: cannot change to non-directory "${t}"`);
    return (e || n).cwd = t;
  });
}
function dist_Q(t) {
  const e = ["checkout", ...t];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        dist_Q(dist_h(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t, e) {
      return this._runTask(
        dist_Q(["-b", t, e, ...dist_h(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t) {
      return this._runTask(
        dist_Q(["-b", t, ...dist_h(arguments)]),
        u(arguments)
      );
    }
  };
}
const Yt = (t, e, n) => {
  const r = ["clone", ...n];
  return m(t) && r.push(dist_c(t)), m(e) && r.push(dist_c(e)), g(r);
}, Bn = (t, e, n) => (dist_S(n, "--mirror"), Yt(t, e, n));
function Rt(t, e, n, ...r) {
  return m(n) ? e(n, d(r[0], m), dist_h(arguments)) : dist_b(`git.${t}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t, m), ...e),
        u(arguments)
      );
    },
    mirror(t, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t, m), ...e),
        u(arguments)
      );
    }
  };
}
const Un = [
  new dist_l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t, [e, n, r]) => {
    t.branch = e, t.commit = r, t.root = !!n;
  }),
  new dist_l(/\s*Author:\s(.+)/i, (t, [e]) => {
    const n = e.split("<"), r = n.pop();
    !r || !r.includes("@") || (t.author = {
      email: r.substr(0, r.length - 1),
      name: n.join("<").trim()
    });
  }),
  new dist_l(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0, t.summary.insertions = parseInt(n, 10) || 0, t.summary.deletions = parseInt(r, 10) || 0;
    }
  ),
  new dist_l(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r === "-" ? t.summary.deletions = s : r === "+" && (t.summary.insertions = s);
    }
  )
];
function Fn(t) {
  return dist_E({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t);
}
function Gn(t, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r = u(arguments), s = t(e) || Gn(
        v(e),
        v(d(n[0], dist_G, [])),
        [
          ...dist_L(d(n[1], dist_K, [])),
          ...dist_h(arguments, 0, !0)
        ]
      );
      return this._runTask(s, r);
    }
  };
  function t(e) {
    return !dist_G(e) && dist_b(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
const Wn = new dist_l(
  /([a-z-]+): (\d+)$/,
  (t, [e, n]) => {
    const r = jt(e);
    Object.hasOwn(t, r) && (t[r] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t) {
          return dist_E(qn(), [Wn], t);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], !0),
        u(arguments)
      );
    }
  };
}
function Vn(t, e) {
  const n = ["hash-object", t];
  return e && n.push("-w"), g(n, !0);
}
class dist_J {
  constructor(e, n, r, s) {
    this.bare = e, this.path = n, this.existing = r, this.gitDir = s;
  }
}
const Xn = /^Init.+ repository in (.+)$/, Yn = /^Rein.+ in (.+)$/;
function Qn(t, e, n) {
  const r = String(n).trim();
  let s;
  if (s = Xn.exec(r))
    return new dist_J(t, e, !1, s[1]);
  if (s = Yn.exec(r))
    return new dist_J(t, e, !0, s[1]);
  let o = "";
  const i = r.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o = i.join(" ");
      break;
    }
  return new dist_J(t, e, /^re/i.test(r), o);
}
const Qt = "--bare";
function Jn(t) {
  return t.includes(Qt);
}
function Zn(t = !1, e, n) {
  const r = ["init", ...n];
  return t && !Jn(r) && r.splice(1, 0, Qt), {
    commands: r,
    format: "utf-8",
    parser(s) {
      return Qn(r.includes("--bare"), e, s);
    }
  };
}
function tr(t) {
  return t === void 0 ? dist_b("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r = n.indexOf(":");
          return [
            jt(n.substring(0, r).toLowerCase()),
            n.substring(r + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t
  };
}
function er() {
  return {
    interpretTrailers(t) {
      return this._runTask(
        tr(d(t, Be)),
        u(arguments)
      );
    }
  };
}
var dist_R = /* @__PURE__ */ ((t) => (t.NONE = "", t.STAT = "--stat", t.NUM_STAT = "--numstat", t.NAME_ONLY = "--name-only", t.NAME_STATUS = "--name-status", t))(dist_R || {});
const Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t) {
  for (let e = 0; e < t.length; e++) {
    const n = Jt.exec(t[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t) {
  return Jt.test(t);
}
class rr {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
}
const Ot = [
  new dist_l(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t, [e, n, r = ""]) => {
      t.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r.replace(/[^+]/g, "").length,
        deletions: r.replace(/[^-]/g, "").length,
        binary: !1
      });
    }
  ),
  new dist_l(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t, [e, n, r]) => {
      t.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r),
        binary: !0
      });
    }
  ),
  new dist_l(/^(.+)\s+\|\s+Bin\s*$/, (t, [e]) => {
    t.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: !0
    });
  }),
  new dist_l(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t, [e, n]) => {
      const r = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t.changed = p(e), t.insertions = p(r?.[1]), t.deletions = p(s?.[1]);
    }
  )
], sr = [
  new dist_l(
    /(\d+)\t(\d+)\t(.+)$/,
    (t, [e, n, r]) => {
      const s = p(e), o = p(n);
      t.changed++, t.insertions += s, t.deletions += o, t.files.push({
        file: r,
        changes: s + o,
        insertions: s,
        deletions: o,
        binary: !1
      });
    }
  ),
  new dist_l(/-\t-\t(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: !0
    });
  })
], or = [
  new dist_l(/(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: !1
    });
  })
], ir = [
  new dist_l(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t, [e, n, r, s, o]) => {
      t.changed++, t.files.push({
        file: o ?? r,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: !1,
        status: bt(_n(e) && e),
        from: bt(!!o && r !== o && r),
        similarity: p(n)
      });
    }
  )
], ar = {
  [dist_R.NONE]: Ot,
  [dist_R.STAT]: Ot,
  [dist_R.NUM_STAT]: sr,
  [dist_R.NAME_STATUS]: ir,
  [dist_R.NAME_ONLY]: or
};
function Zt(t = dist_R.NONE) {
  const e = ar[t];
  return (n) => dist_E(new rr(), e, n, !1);
}
const te = "òòòòòò ", dist_ee = " òò", dist_ne = " ò ", ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t, e) {
  return e.reduce(
    (n, r, s) => (n[r] = t[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t = dist_ne, e = ur, n = dist_R.NONE) {
  const r = Zt(n);
  return function(s) {
    const o = dist_H(
      s.trim(),
      !1,
      te
    ).map(function(i) {
      const a = i.split(dist_ee), c = cr(a[0].split(t), e);
      return a.length > 1 && a[1].trim() && (c.diff = r(a[1])), c;
    });
    return {
      all: o,
      latest: o.length && o[0] || null,
      total: o.length
    };
  };
}
function fr(t) {
  let e = pt(t);
  const n = ["diff"];
  return e === dist_R.NONE && (e = dist_R.STAT, n.push("--stat=4096")), n.push(...t), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t) {
  const e = t.filter(nr);
  if (e.length > 1)
    return dist_b(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t.includes("-z"))
    return dist_b(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t) => (t[t["--pretty"] = 0] = "--pretty", t[t["max-count"] = 1] = "max-count", t[t.maxCount = 2] = "maxCount", t[t.n = 3] = "n", t[t.file = 4] = "file", t[t.format = 5] = "format", t[t.from = 6] = "from", t[t.to = 7] = "to", t[t.splitter = 8] = "splitter", t[t.symmetric = 9] = "symmetric", t[t.mailMap = 10] = "mailMap", t[t.multiLine = 11] = "multiLine", t[t.strictDate = 12] = "strictDate", t))(se || {});
function lr(t, e) {
  const n = [], r = [];
  return Object.keys(t).forEach((s) => {
    n.push(s), r.push(String(t[s]));
  }), [n, r.join(e)];
}
function hr(t) {
  return Object.keys(t).reduce((e, n) => (n in se || (e[n] = t[n]), e), {});
}
function dist_oe(t = {}, e = []) {
  const n = d(t.splitter, m, dist_ne), r = lt(t.format) ? t.format : {
    hash: "%H",
    date: t.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t.multiLine ? "%B" : "%b",
    author_name: t.mailMap !== !1 ? "%aN" : "%an",
    author_email: t.mailMap !== !1 ? "%aE" : "%ae"
  }, [s, o] = lr(r, n), i = [], a = [
    `--pretty=format:${te}${o}${dist_ee}`,
    ...e
  ], c = t.n || t["max-count"] || t.maxCount;
  if (c && a.push(`--max-count=${c}`), t.from || t.to) {
    const y = t.symmetric !== !1 ? "..." : "..";
    i.push(`${t.from || ""}${y}${t.to || ""}`);
  }
  return m(t.file) && a.push("--follow", dist_c(t.file)), It(hr(t), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t, e, n) {
  const r = re(t, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r
  };
}
function pr() {
  return {
    log(...n) {
      const r = u(arguments), s = dist_oe(
        ht(arguments),
        dist_L(d(arguments[0], dist_K, []))
      ), o = e(...n) || dt(s.commands) || t(s);
      return this._runTask(o, r);
    }
  };
  function t(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r) {
    return m(n) && m(r) && dist_b(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
class dist_Z {
  constructor(e, n = null, r) {
    this.reason = e, this.file = n, this.meta = r;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
}
class dr {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
}
class ie {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
}
class gr {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
}
function tt(t) {
  return t.objects = t.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t) {
  const e = /^\s*(\d+)/.exec(t), n = /delta (\d+)/i.exec(t);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
const yr = [
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t, [e, n, r]) => {
      const s = tt(t.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r);
    }
  )
], wr = [
  new dist_x(/^remote:\s*(.+)$/, (t, [e]) => (t.remoteMessages.all.push(e.trim()), !1)),
  ...yr,
  new dist_x(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t, [e]) => {
      t.remoteMessages.pullRequestUrl = e;
    }
  ),
  new dist_x(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t, [e, n, r]) => {
      t.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r
      };
    }
  )
];
function ae(t, e) {
  return dist_E({ remoteMessages: new br() }, wr, e);
}
class br {
  constructor() {
    this.all = [];
  }
}
const Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, _r = /^(create|delete) mode \d+ (.+)/, vr = [
  new dist_l(Tr, (t, [e, n, r]) => {
    t.files.push(e), n && (t.insertions[e] = n.length), r && (t.deletions[e] = r.length);
  }),
  new dist_l(kr, (t, [e, , n, , r]) => n !== void 0 || r !== void 0 ? (t.summary.changes = +e || 0, t.summary.insertions = +n || 0, t.summary.deletions = +r || 0, !0) : !1),
  new dist_l(_r, (t, [e, n]) => {
    dist_S(t.files, n), dist_S(e === "create" ? t.created : t.deleted, n);
  })
], Er = [
  new dist_l(/^from\s(.+)$/i, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/^fatal:\s(.+)$/, (t, [e]) => {
    t.message = e;
  }),
  new dist_l(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t, [e, n, r, s]) => {
      t.branch.local = r, t.hash.local = e, t.branch.remote = s, t.hash.remote = n;
    }
  )
], Sr = (t, e) => dist_E(new ie(), vr, [t, e]), ue = (t, e) => Object.assign(
  new ie(),
  Sr(t, e),
  ae(t, e)
);
function Rr(t, e) {
  const n = dist_E(new gr(), Er, [t, e]);
  return n.message && n;
}
const Or = [
  new dist_l(/^Auto-merging\s+(.+)$/, (t, [e]) => {
    t.merges.push(e);
  }),
  new dist_l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t, [e, n]) => {
    t.conflicts.push(new dist_Z(e, n));
  }),
  new dist_l(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t, [e, n, r]) => {
      t.conflicts.push(new dist_Z(e, n, { deleteRef: r }));
    }
  ),
  new dist_l(/^CONFLICT\s+\((.+)\):/, (t, [e]) => {
    t.conflicts.push(new dist_Z(e, null));
  }),
  new dist_l(/^Automatic merge failed;\s+(.+)$/, (t, [e]) => {
    t.result = e;
  })
], Cr = (t, e) => Object.assign(Ar(t), ue(t, e)), Ar = (t) => dist_E(new dr(), Or, t);
function At(t) {
  return t.length ? {
    commands: ["merge", ...t],
    format: "utf-8",
    parser(e, n) {
      const r = Cr(e, n);
      if (r.failed)
        throw new at(r);
      return r;
    }
  } : dist_b("Git.merge requires at least one option");
}
function xr(t, e, n) {
  const r = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t), o = !n.includes("new");
  return {
    deleted: r,
    tag: s,
    branch: !s,
    new: !o,
    alreadyUpdated: o,
    local: t,
    remote: e
  };
}
const Nr = [
  new dist_l(/^Pushing to (.+)$/, (t, [e]) => {
    t.repo = e;
  }),
  new dist_l(/^updating local tracking ref '(.+)'/, (t, [e]) => {
    t.ref = {
      ...t.ref || {},
      local: e
    };
  }),
  new dist_l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t, [e, n, r]) => {
    t.pushed.push(xr(e, n, r));
  }),
  new dist_l(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t, [e, n, r]) => {
      t.branch = {
        ...t.branch || {},
        local: e,
        remote: n,
        remoteName: r
      };
    }
  ),
  new dist_l(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t, [e, n, r, s]) => {
      t.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r,
          to: s
        }
      };
    }
  )
], $r = (t, e) => {
  const n = Pr(t, e), r = ae(t, e);
  return {
    ...n,
    ...r
  };
}, Pr = (t, e) => dist_E({ pushed: [] }, Nr, [t, e]);
function Mr(t = {}, e) {
  return dist_S(e, "--tags"), ce(t, e);
}
function ce(t = {}, e) {
  const n = ["push", ...e];
  return t.branch && n.splice(1, 0, t.branch), t.remote && n.splice(1, 0, t.remote), ct(n, "-v"), dist_S(n, "--verbose"), dist_S(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t = ["show", ...dist_h(arguments, 1)];
      return t.includes("--binary") || t.splice(1, 0, "--binary"), this._runTask(
        Gt(t),
        u(arguments)
      );
    },
    show() {
      const t = ["show", ...dist_h(arguments, 1)];
      return this._runTask(
        g(t),
        u(arguments)
      );
    }
  };
}
const Lr = /^(.+)\0(.+)$/;
class jr {
  constructor(e, n, r) {
    if (this.path = e, this.index = n, this.working_dir = r, n === "R" || r === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
}
class Br {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
  }
}
function xt(t) {
  const [e, n] = t.split(dist_I);
  return {
    from: n || e,
    to: e
  };
}
function dist_(t, e, n) {
  return [`${t}${e}`, n];
}
function et(t, ...e) {
  return e.map((n) => dist_(t, n, (r, s) => r.conflicted.push(s)));
}
const Ir = new Map([
  dist_(
    " ",
    "A",
    (t, e) => t.created.push(e)
  ),
  dist_(
    " ",
    "D",
    (t, e) => t.deleted.push(e)
  ),
  dist_(
    " ",
    "M",
    (t, e) => t.modified.push(e)
  ),
  dist_("A", " ", (t, e) => {
    t.created.push(e), t.staged.push(e);
  }),
  dist_("A", "M", (t, e) => {
    t.created.push(e), t.staged.push(e), t.modified.push(e);
  }),
  dist_("D", " ", (t, e) => {
    t.deleted.push(e), t.staged.push(e);
  }),
  dist_("M", " ", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("M", "M", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("R", " ", (t, e) => {
    t.renamed.push(xt(e));
  }),
  dist_("R", "M", (t, e) => {
    const n = xt(e);
    t.renamed.push(n), t.modified.push(n.to);
  }),
  dist_("!", "!", (t, e) => {
    (t.ignored = t.ignored || []).push(e);
  }),
  dist_(
    "?",
    "?",
    (t, e) => t.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t, e) => {
      const n = /ahead (\d+)/, r = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t.ahead = a && +a[1] || 0, a = r.exec(e), t.behind = a && +a[1] || 0, a = s.exec(e), t.current = d(a?.[1], m, null), a = o.exec(e), t.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t.current = d(a?.[1], m, t.current)), t.detached = /\(no branch\)/.test(e);
    }
  ]
]), Ur = function(t) {
  const e = t.split(dist_I), n = new Br();
  for (let r = 0, s = e.length; r < s; ) {
    let o = e[r++].trim();
    o && (o.charAt(0) === "R" && (o += dist_I + (e[r++] || "")), Fr(n, o));
  }
  return n;
};
function Fr(t, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r(s, o, i) {
    const a = `${s}${o}`, c = Ir.get(a);
    c && c(t, i), a !== "##" && a !== "!!" && t.files.push(new jr(i, s, o));
  }
}
const Gr = ["--null", "-z"];
function zr(t) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
const fe = "installed=false";
function dist_q(t = 0, e = 0, n = 0, r = "", s = !0) {
  return Object.defineProperty(
    {
      major: t,
      minor: e,
      patch: n,
      agent: r,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function qr() {
  return dist_q(0, 0, 0, "", !1);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t, e, n, r) {
          if (t.exitCode === dist_V.NOT_FOUND)
            return n(Buffer.from(fe));
          r(e);
        }
      });
    }
  };
}
const Hr = [
  new dist_l(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(
        t,
        dist_q(p(e), p(n), p(r), s)
      );
    }
  ),
  new dist_l(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(t, dist_q(p(e), p(n), r, s));
    }
  )
];
function Kr(t) {
  return t === fe ? qr() : dist_E(dist_q(0, 0, 0, t), Hr, t);
}
class le {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r = this._executor.chain(), s = r.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      dist_b("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === !0),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === !0, this._executor.cwd, dist_h(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(dist_h(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...dist_h(arguments)]),
      u(arguments, !1)
    ) : this._runTask(
      dist_b(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      dist_h(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...dist_h(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(dist_h(arguments)),
      u(arguments)
    );
  }
}
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
const Vr = /* @__PURE__ */ (() => {
  let t = 0;
  return () => {
    t++;
    const { promise: e, done: n } = (0,promise_deferred_dist/* createDeferred */.ud)();
    return {
      promise: e,
      done: n,
      id: t
    };
  };
})();
class Xr {
  constructor(e = 2) {
    this.concurrency = e, this.logger = dist_$("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = dist_S(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = dist_S(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
}
function Yr(t, e) {
  return g(["apply", ...e, ...t]);
}
var he = /* @__PURE__ */ ((t) => (t.CURRENT = "*", t.LINKED = "+", t))(he || {});
class Qr {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = !1;
  }
  push(e, n, r, s, o) {
    e === "*" && (this.detached = n, this.current = r), this.all.push(r), this.branches[r] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r,
      commit: s,
      label: o
    };
  }
}
const Jr = [
  new dist_l(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !0, n, r, s);
    }
  ),
  new dist_l(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !1, n, r, s);
    }
  )
], Zr = new dist_l(/^(\S+)$/s, (t, [e]) => {
  t.push(he.CURRENT, !1, e, "", "");
});
function Nt(t) {
  return t ? t.charAt(0) : "";
}
function me(t, e = !1) {
  return dist_E(
    new Qr(),
    e ? [Zr] : Jr,
    t
  );
}
class ts {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
}
function es(t, e) {
  return {
    branch: t,
    hash: e,
    success: !0
  };
}
function ns(t) {
  return {
    branch: t,
    hash: null,
    success: !1
  };
}
const rs = /(\S+)\s+\(\S+\s([^)]+)\)/, pe = /^error[^']+'([^']+)'/m, ss = [
  new dist_l(rs, (t, [e, n]) => {
    const r = es(e, n);
    t.all.push(r), t.branches[e] = r;
  }),
  new dist_l(pe, (t, [e]) => {
    const n = ns(e);
    t.errors.push(n), t.all.push(n), t.branches[e] = n;
  })
], gt = (t, e) => dist_E(new ts(), ss, [t, e]);
function de(t, e) {
  return e === dist_V.ERROR && pe.test(t);
}
function os(t) {
  const e = ["-d", "-D", "--delete"];
  return t.some((n) => e.includes(n));
}
function is(t) {
  const e = os(t), n = t.includes("--show-current"), r = ["branch", ...t];
  return r.length === 1 && r.push("-a"), r.includes("-v") || r.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r,
    parser(s, o) {
      return e ? gt(s, o).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t) {
      return me(t);
    }
  };
}
function us(t, e = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t],
    parser(n, r) {
      return gt(n, r);
    },
    onError({ exitCode: n, stdOut: r }, s, o, i) {
      if (!de(String(s), n))
        return i(s);
      o(r);
    }
  };
}
function cs(t, e = !1) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t],
    parser(r, s) {
      return gt(r, s).branches[t];
    },
    onError({ exitCode: r, stdErr: s, stdOut: o }, i, a, c) {
      if (!de(String(i), r))
        return c(i);
      throw new at(
        n.parser(dist_F(o), dist_F(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t) {
  return {
    commands: ["check-ignore", ...t],
    format: "utf-8",
    parser: ls
  };
}
function ls(t) {
  return t.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t) {
  const e = t.trim().replace(/^["']|["']$/g, "");
  return e && (0,external_node_path_namespaceObject.normalize)(e);
}
const ms = [
  new dist_l(/From (.+)$/, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.branches.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.tags.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t, [e]) => {
    t.deleted.push({
      tracking: e
    });
  }),
  new dist_l(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t, [e, n, r, s]) => {
      t.updated.push({
        name: r,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t, e) {
  return dist_E({
    raw: t,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t, e]);
}
function ds(t) {
  return /^--upload-pack(=|$)/.test(t);
}
function gs(t, e, n) {
  const r = ["fetch", ...n];
  return t && e && r.push(t, e), r.find(ds) ? dist_b("git.fetch: potential exploit argument blocked.") : {
    commands: r,
    format: "utf-8",
    parser: ps
  };
}
const ys = [
  new dist_l(/^Renaming (.+) to (.+)$/, (t, [e, n]) => {
    t.moves.push({ from: e, to: n });
  })
];
function ws(t) {
  return dist_E({ moves: [] }, ys, t);
}
function bs(t, e) {
  return {
    commands: ["mv", "-v", ...v(t), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t, e, n) {
  const r = ["pull", ...n];
  return t && e && r.splice(1, 0, t, e), {
    commands: r,
    format: "utf-8",
    parser(s, o) {
      return ue(s, o);
    },
    onError(s, o, i, a) {
      const c = Rr(
        dist_F(s.stdOut),
        dist_F(s.stdErr)
      );
      if (c)
        return a(new at(c));
      a(o);
    }
  };
}
function ks(t) {
  const e = {};
  return ge(t, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t) {
  const e = {};
  return ge(t, ([n, r, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r && (e[n].refs[s.replace(/[^a-z]/g, "")] = r);
  }), Object.values(e);
}
function ge(t, e) {
  ut(t, (n) => e(n.split(/\s+/)));
}
function vs(t, e, n) {
  return g(["remote", "add", ...n, t, e]);
}
function Es(t) {
  const e = ["remote"];
  return t && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t ? _s : ks
  };
}
function Ss(t) {
  const e = [...t];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t) {
  const e = [...t];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t) {
  return g(["remote", "remove", t]);
}
function Cs(t = {}, e) {
  const n = dist_oe(t), r = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r)
  );
  return dt(r) || {
    commands: r,
    format: "utf-8",
    parser: s
  };
}
function As(t, e) {
  return dist_X(["add", t, e]);
}
function xs(t) {
  return dist_X(["init", ...t]);
}
function dist_X(t) {
  const e = [...t];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t) {
  return dist_X(["update", ...t]);
}
class $s {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
}
const Ps = function(t, e = !1) {
  const n = t.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o) {
    const i = s.split("."), a = o.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(dist_B(i[0]), dist_B(a[0]));
    for (let c = 0, y = Math.max(i.length, a.length); c < y; c++) {
      const w = ye(dist_B(i[c]), dist_B(a[c]));
      if (w)
        return w;
    }
    return 0;
  });
  const r = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r);
};
function Ms(t, e) {
  const n = Number.isNaN(t), r = Number.isNaN(e);
  return n !== r ? n ? 1 : -1 : n ? ye(t, e) : 0;
}
function ye(t, e) {
  return t === e ? 0 : t > e ? 1 : -1;
}
function Ds(t) {
  return t.trim();
}
function dist_B(t) {
  return typeof t == "string" && parseInt(t.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t = []) {
  const e = t.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t) {
  return {
    format: "utf-8",
    commands: ["tag", t],
    parser() {
      return { name: t };
    }
  };
}
function Bs(t, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t],
    parser() {
      return { name: t };
    }
  };
}
function dist_f(t, e) {
  this._plugins = e, this._executor = new Dn(
    t.baseDir,
    new Xr(t.maxConcurrentProcesses),
    e
  ), this._trimmed = t.trimmed;
}
(dist_f.prototype = Object.create(le.prototype)).constructor = dist_f;
dist_f.prototype.customBinary = function(t) {
  return this._plugins.reconfigure("binary", t), this;
};
dist_f.prototype.env = function(t, e) {
  return arguments.length === 1 && typeof t == "object" ? this._executor.env = t : (this._executor.env = this._executor.env || {})[t] = e, this;
};
dist_f.prototype.stashList = function(t) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      dist_K(t) && t || []
    ),
    u(arguments)
  );
};
dist_f.prototype.mv = function(t, e) {
  return this._runTask(bs(t, e), u(arguments));
};
dist_f.prototype.checkoutLatestTag = function(t) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r) {
      e.checkout(r.latest, t);
    });
  });
};
dist_f.prototype.pull = function(t, e, n, r) {
  return this._runTask(
    Ts(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.fetch = function(t, e) {
  return this._runTask(
    gs(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.tags = function(t, e) {
  return this._runTask(
    Ls(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...dist_h(arguments)]),
    u(arguments)
  );
};
dist_f.prototype.reset = function(t) {
  return this._runTask(
    An(xn(t), dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.revert = function(t) {
  const e = u(arguments);
  return typeof t != "string" ? this._runTask(dist_b("Commit must be a string"), e) : this._runTask(
    g(["revert", ...dist_h(arguments, 0, !0), t]),
    e
  );
};
dist_f.prototype.addTag = function(t) {
  const e = typeof t == "string" ? js(t) : dist_b("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
dist_f.prototype.addAnnotatedTag = function(t, e) {
  return this._runTask(
    Bs(t, e),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranch = function(t, e, n) {
  return this._runTask(
    cs(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranches = function(t, e, n) {
  return this._runTask(
    us(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.branch = function(t, e) {
  return this._runTask(
    is(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.branchLocal = function(t) {
  return this._runTask(as(), u(arguments));
};
dist_f.prototype.raw = function(t) {
  const e = !Array.isArray(t), n = [].slice.call(e ? arguments : t, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...dist_h(arguments, 0, !0));
  var r = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r) : this._runTask(
    dist_b("Raw: must supply one or more command to execute"),
    r
  );
};
dist_f.prototype.submoduleAdd = function(t, e, n) {
  return this._runTask(As(t, e), u(arguments));
};
dist_f.prototype.submoduleUpdate = function(t, e) {
  return this._runTask(
    Ns(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.submoduleInit = function(t, e) {
  return this._runTask(
    xs(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.subModule = function(t, e) {
  return this._runTask(
    dist_X(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.listRemote = function() {
  return this._runTask(
    Ss(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.addRemote = function(t, e, n) {
  return this._runTask(
    vs(t, e, dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.removeRemote = function(t, e) {
  return this._runTask(Os(t), u(arguments));
};
dist_f.prototype.getRemotes = function(t, e) {
  return this._runTask(Es(t === !0), u(arguments));
};
dist_f.prototype.remote = function(t, e) {
  return this._runTask(
    Rs(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.tag = function(t, e) {
  const n = dist_h(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
dist_f.prototype.updateServerInfo = function(t) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
dist_f.prototype.pushTags = function(t, e) {
  const n = Mr(
    { remote: d(t, m) },
    dist_h(arguments)
  );
  return this._runTask(n, u(arguments));
};
dist_f.prototype.rm = function(t) {
  return this._runTask(
    g(["rm", "-f", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.rmKeepLocal = function(t) {
  return this._runTask(
    g(["rm", "--cached", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.catFile = function(t, e) {
  return this._catFile("utf-8", arguments);
};
dist_f.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
dist_f.prototype._catFile = function(t, e) {
  var n = u(e), r = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      dist_b("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r.push.apply(r, s);
  const o = t === "buffer" ? Gt(r) : g(r);
  return this._runTask(o, n);
};
dist_f.prototype.diff = function(t, e) {
  const n = m(t) ? dist_b(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...dist_h(arguments)]);
  return this._runTask(n, u(arguments));
};
dist_f.prototype.diffSummary = function() {
  return this._runTask(
    fr(dist_h(arguments, 1)),
    u(arguments)
  );
};
dist_f.prototype.applyPatch = function(t) {
  const e = dist_G(t) ? Yr(v(t), dist_h([].slice.call(arguments, 1))) : dist_b(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
dist_f.prototype.revparse = function() {
  const t = ["rev-parse", ...dist_h(arguments, !0)];
  return this._runTask(
    g(t, !0),
    u(arguments)
  );
};
dist_f.prototype.clean = function(t, e, n) {
  const r = un(t), s = r && t.join("") || d(t, m) || "", o = dist_h([].slice.call(arguments, r ? 1 : 0));
  return this._runTask(
    on(s, o),
    u(arguments)
  );
};
dist_f.prototype.exec = function(t) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t == "function" && t();
    }
  };
  return this._runTask(e);
};
dist_f.prototype.checkIgnore = function(t, e) {
  return this._runTask(
    fs(v(d(t, dist_G, []))),
    u(arguments)
  );
};
dist_f.prototype.checkIsRepo = function(t, e) {
  return this._runTask(
    We(d(t, m)),
    u(arguments)
  );
};
function Is(t) {
  return t ? [{
    type: "spawn.before",
    action(r, s) {
      t.aborted && s.kill(new dist_A(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r, s) {
      function o() {
        s.kill(new dist_A(void 0, "abort", "Abort signal received"));
      }
      t.addEventListener("abort", o), s.spawned.on("close", () => t.removeEventListener("abort", o));
    }
  }] : void 0;
}
const Us = dist_$("", "plugin:allowEnvironment");
function Fs(t, e = !1) {
  const n = new Set(t.map((r) => r.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r, s) {
      const o = { ...r.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o)) {
        const c = a.toLowerCase().trim();
        if (!(!Gs(c) || n.has(c))) {
          if (i.has(c))
            throw new dist_A(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o[a];
        }
      }
      return {
        ...r,
        env: {
          ...o,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t) {
  const e = t.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r of oe(e, n))
        if (t[r.category] !== !0)
          throw new dist_A(void 0, "unsafe", r.message);
      return e;
    }
  };
}
function qs(t) {
  const e = U(t, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
const $t = (0,promise_deferred_dist/* deferred */.yX)().promise;
function Ws({
  onClose: t = !0,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o = {
      close: (0,promise_deferred_dist/* deferred */.yX)(),
      closeTimeout: (0,promise_deferred_dist/* deferred */.yX)(),
      exit: (0,promise_deferred_dist/* deferred */.yX)(),
      exitTimeout: (0,promise_deferred_dist/* deferred */.yX)()
    }, i = Promise.race([
      t === !1 ? $t : o.closeTimeout.promise,
      e === !1 ? $t : o.exitTimeout.promise
    ]);
    return r(t, o.close, o.closeTimeout), r(e, o.exit, o.exitTimeout), {
      close(a) {
        s = a, o.close.done();
      },
      exit(a) {
        s = a, o.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r(s, o, i) {
    s !== !1 && (s === !0 ? o.promise : o.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o, close: i }) {
      const a = n();
      let c = !0, y = () => {
        c = !1;
      };
      o.stdout?.on("data", y), o.stderr?.on("data", y), o.on("error", y), o.on("close", (w) => a.close(w)), o.on("exit", (w) => a.exit(w));
      try {
        await a.result, c && await wt(50), i(a.exitCode);
      } catch (w) {
        i(a.exitCode, w);
      }
    }
  };
}
const we = dist_$("", "plugin:binary"), Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t) {
  return !t || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t);
}
function Pt(t, e) {
  if (t.length < 1 || t.length > 2)
    throw new dist_A(void 0, "binary", Hs);
  if (t.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t);
    else
      throw new dist_A(void 0, "binary", Ks);
  const [r, s] = t;
  return {
    binary: r,
    prefix: s
  };
}
function Xs(t, e = ["git"], n = !1) {
  let r = Pt(v(e), n);
  t.on("binary", (s) => {
    r = Pt(v(s), n), we.info("reconfiguring %o", r);
  }), t.append("spawn.binary", () => r.binary), t.append("spawn.args", (s) => r.prefix ? [r.prefix, ...s] : s);
}
const be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t) {
  if (!t)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
class Qs extends dist_O {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
}
function Js(t) {
  return !!(t.exitCode && t.stdErr.length);
}
function Zs(t) {
  return Buffer.concat([...t.stdOut, ...t.stdErr]);
}
function to(t = !1, e = Js, n = Zs) {
  return (r, s) => !t && r || !e(s) ? r : n(s);
}
function eo(t, e) {
  return t === 128 && e.startsWith("fatal:") ? new Qs(e) : new dist_O(void 0, e);
}
function Mt(t) {
  return {
    type: "task.error",
    action(e, n) {
      const r = t(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r) ? {
        error: eo(n.exitCode, r.toString("utf-8"))
      } : {
        error: r
      };
    }
  };
}
const nt = dist_$("", "plugin:input");
function no(t) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o = t?.([...n]) ?? r;
      if (!o)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o);
    }
  };
}
class ro {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new external_node_events_namespaceObject.EventEmitter();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r = dist_S(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r) => {
        r && this.plugins.add(dist_S(n, r));
      }
    ), () => {
      n.forEach((r) => {
        this.plugins.delete(r);
      });
    };
  }
  exec(e, n, r) {
    let s = n;
    const o = Object.freeze(Object.create(r));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o));
    return s;
  }
}
function so(t) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o, i) {
      return n.includes(i.method) ? De(o, e) : o;
    }
  }, {
    type: "spawn.after",
    action(o, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c && t({
          method: i.method,
          stage: oo(c[1]),
          progress: p(c[2]),
          processed: p(c[3]),
          total: p(c[4])
        });
      });
    }
  }];
}
function oo(t) {
  return String(t.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t) {
  const e = je(t, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t) {
      const e = [];
      let n;
      function r(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t.length; s++) {
        const o = t[s];
        if (dist_r(o)) {
          r(dist_o(o));
          continue;
        }
        if (o === "--") {
          r(
            t.slice(s + 1).flatMap((i) => dist_r(i) && dist_o(i) || i)
          );
          break;
        }
        e.push(o);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t,
  stdErr: e = !0,
  stdOut: n = !0
}) {
  if (t > 0)
    return {
      type: "spawn.after",
      action(r, s) {
        let o;
        function i() {
          o && clearTimeout(o), o = setTimeout(c, t);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o && clearTimeout(o);
        }
        function c() {
          a(), s.kill(new dist_A(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
const wo = (t, e) => {
  const n = new ro(), r = Ge(
    t && (typeof t == "string" ? { baseDir: t } : t) || {},
    e
  );
  if (!Lt(r.baseDir))
    throw new Ae(
      r,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r.config) && n.add(qs(r.config)), n.add(zs(r.unsafe)), n.add(Ws(r.completion)), r.abort && n.add(Is(r.abort)), r.progress && n.add(so(r.progress)), r.timeout && n.add(uo(r.timeout)), r.spawnOptions && n.add(io(r.spawnOptions)), n.add(ao()), n.add(no(r.input)), n.add(Mt(to(!0))), r.errors && n.add(Mt(r.errors)), Xs(n, r.binary, r.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r.allowEnvironment ?? [], r.unsafe?.allowAbbreviatedOptions)
  ), new dist_f(r, n);
};

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: ./src/scanner/sources/git.ts

/** The top of the git work tree holding `directory`, or undefined outside one (or without git). */
async function findGitRoot(directory) {
    try {
        const root = await wo({ baseDir: directory }).revparse(['--show-toplevel']);
        return root.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Tracked files plus untracked files that are not ignored, as root-relative POSIX paths. `-z`
 * keeps non-ASCII names verbatim (no octal quoting); an unmerged file, listed once per stage, is
 * kept once (git's own `--deduplicate` needs git 2.31).
 */
async function listGitFiles(root) {
    const output = await wo({ baseDir: root }).raw([
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
    ]);
    return [...new Set(output.split('\0').filter((path) => path.length > 0))];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/scanner/sources/walk.ts


/**
 * Yields the files under `directory`, one directory at a time (memory stays flat however large
 * the tree), in a stable order. It skips `.git` and does not follow symbolic links to
 * directories (they can loop or leave the tree); a symbolic link to a file is yielded, and a
 * dangling one too, so that reading it reports it. A directory that cannot be listed is passed
 * to `onUnreadable` and the walk goes on.
 */
async function* walkDirectory(directory, onUnreadable) {
    const pending = [directory];
    while (pending.length > 0) {
        const current = pending.pop();
        let entries;
        try {
            // Synchronous listing: one call per directory, where the promise API waits on the thread
            // pool once per entry batch and left the scan idle a sixth of its time.
            entries = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        }
        catch (error) {
            onUnreadable(current, error.code ?? 'error');
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
        const files = [];
        for (const entry of entries) {
            const path = (0,external_node_path_namespaceObject.join)(current, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    pending.push(path);
            }
            else if (entry.isFile()) {
                files.push(path);
            }
            else if (entry.isSymbolicLink() && !isDirectory(path)) {
                files.push(path);
            }
        }
        yield* files.reverse();
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/scanner/sources/targets.ts





/**
 * Decides what to scan. No paths: the git work tree (tracked plus untracked-not-ignored files)
 * or, outside a repository, the current directory. Paths: those files, and those directories
 * walked. The root is the work tree's top when inside one, else the current directory.
 */
async function resolveTargets(cwd, paths, onProblem) {
    const gitRoot = await findGitRoot(cwd);
    const root = gitRoot ?? (0,external_node_path_namespaceObject.resolve)(cwd);
    if (paths.length > 0)
        return { root, mode: 'paths', files: explicitFiles(root, cwd, paths, onProblem) };
    if (gitRoot === undefined)
        return { root, mode: 'walk', files: walked(root, root, onProblem) };
    let listed;
    try {
        listed = await listGitFiles(gitRoot);
    }
    catch (error) {
        throw new IoError(`cannot list the files of the git work tree at ${gitRoot}: ${error.message}`);
    }
    return { root, mode: 'git', files: gitFiles(gitRoot, listed) };
}
/** The POSIX path of `absolute` relative to `root`. */
function toReportedPath(root, absolute) {
    const path = (0,external_node_path_namespaceObject.relative)(root, absolute);
    return external_node_path_namespaceObject.sep === '/' ? path : path.split(external_node_path_namespaceObject.sep).join('/');
}
async function* gitFiles(root, listed) {
    for (const path of listed) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(root, path);
        // A tracked symbolic link holds only its target's name; following it could leave the tree.
        const info = await (0,promises_namespaceObject.lstat)(absolute).catch(() => undefined);
        if (info === undefined || info.isSymbolicLink() || info.isDirectory())
            continue;
        yield { absolute, relative: path };
    }
}
async function* walked(root, directory, onProblem) {
    for await (const absolute of walkDirectory(directory, (path, code) => onProblem(toReportedPath(root, path), code))) {
        yield { absolute, relative: toReportedPath(root, absolute) };
    }
}
async function* explicitFiles(root, cwd, paths, onProblem) {
    const seen = new Set();
    const kinds = await Promise.all(paths.map((path) => kindOf((0,external_node_path_namespaceObject.resolve)(cwd, path), path)));
    for (const [index, path] of paths.entries()) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
        const files = kinds[index] === 'directory' ? walked(root, absolute, onProblem) : single(root, absolute);
        for await (const file of files) {
            if (seen.has(file.absolute))
                continue;
            seen.add(file.absolute);
            yield file;
        }
    }
}
async function* single(root, absolute) {
    yield { absolute, relative: toReportedPath(root, absolute) };
}
async function kindOf(absolute, given) {
    try {
        return (await (0,promises_namespaceObject.stat)(absolute)).isDirectory() ? 'directory' : 'file';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new UsageError(`no such file or directory: ${given}`);
        // Anything else (no permission) is reported when the file is read, and the scan goes on.
        return 'file';
    }
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * A one-line progress indicator on stderr: drawn only on a terminal, and only once a scan has
 * taken longer than `delayMs`, so quick scans and logs stay clean. It shows counts, never text
 * from the files.
 */
class Progress {
    write;
    intervalMs;
    counts = { files: 0, bytes: 0, findings: 0 };
    delay;
    interval;
    drawn = false;
    constructor(write, enabled, delayMs = 1000, intervalMs = 200) {
        this.write = write;
        this.intervalMs = intervalMs;
        if (!enabled)
            return;
        this.delay = setTimeout(() => {
            this.draw();
            this.interval = setInterval(() => this.draw(), this.intervalMs);
            this.interval.unref();
        }, delayMs);
        this.delay.unref();
    }
    /** Records the latest counts; they are drawn on the next tick. */
    update(counts) {
        this.counts = counts;
    }
    /** Stops drawing and erases the line. */
    stop() {
        clearTimeout(this.delay);
        clearInterval(this.interval);
        if (this.drawn)
            this.write('\r\x1b[K');
    }
    draw() {
        const { files, bytes, findings } = this.counts;
        const megabytes = (bytes / 1e6).toFixed(1);
        this.write(`\r\x1b[Kscanning: ${files} files, ${megabytes} MB, ${findings} finding${findings === 1 ? '' : 's'}`);
        this.drawn = true;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/scanner/config/fields.ts

/** A string or a list of strings (one pattern may be written without brackets). */
function readStringList(node, key, issues) {
    if ((0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return [node.value];
    if (!(0,yaml_dist/* isSeq */.oP)(node)) {
        issues.add(node, key, 'expected a string or a list of strings');
        return [];
    }
    const values = [];
    node.items.forEach((item, index) => {
        if ((0,yaml_dist/* isScalar */.jn)(item) && typeof item.value === 'string' && item.value.length > 0)
            values.push(item.value);
        else
            issues.add(item, `${key}[${index}]`, 'expected a non-empty string (quote it)');
    });
    return values;
}
/** Each string of a list, paired with its node for precise messages. */
function readStringNodes(node, key, issues) {
    const list = (0,yaml_dist/* isSeq */.oP)(node) ? node.items : [node];
    const values = readStringList(node, key, issues);
    return values.map((value, index) => [value, (list[index] ?? node)]);
}
const sizeUnits = {
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** A positive whole number. */
function readPositiveInteger(node, key, issues) {
    if ((0,yaml_dist/* isScalar */.jn)(node) &&
        typeof node.value === 'number' &&
        Number.isInteger(node.value) &&
        node.value > 0) {
        return node.value;
    }
    issues.add(node, key, 'expected a positive whole number');
    return undefined;
}
/** A byte count: a positive whole number, or a number with a unit such as `512KiB` or `5 MB`. */
function readByteSize(node, key, issues) {
    if ((0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)$/i.exec(node.value.trim());
        const unit = match ? sizeUnits[match[2].toLowerCase()] : undefined;
        if (match && unit !== undefined) {
            const bytes = Math.floor(Number(match[1]) * unit);
            if (bytes > 0)
                return bytes;
        }
        issues.add(node, key, "expected a size such as 1048576, '512KiB' or '5MB'");
        return undefined;
    }
    return readPositiveInteger(node, key, issues);
}
/** A number within bounds. */
function readNumber(node, key, issues, [min, max]) {
    if ((0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.value >= min && node.value <= max) {
        return node.value;
    }
    issues.add(node, key, `expected a number from ${min} to ${max}`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanner/config/suggest.ts
/** The candidate closest to `input` by edit distance, when it is close enough to be a typo. */
function closestMatch(input, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** A " (did you mean …?)" hint, or nothing. */
function didYouMean(input, candidates) {
    const match = closestMatch(input, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/scanner/config/custom-detectors.ts



const detectorKeys = [
    'id',
    'description',
    'pattern',
    'keywords',
    'secret-type',
    'min-entropy',
    'flags',
];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Reads the `detectors` list: project-specific regex detectors, held to the same rules as the
 * built-in ones (stable kebab-case id, keywords for the prefilter, a linear-time pattern).
 */
function readCustomDetectors(node, issues, builtinIds) {
    if (!(0,yaml_dist/* isSeq */.oP)(node)) {
        issues.add(node, 'detectors', 'expected a list of detectors (each with id, pattern, keywords)');
        return [];
    }
    const seen = new Set();
    const detectors = [];
    node.items.forEach((item, index) => {
        const detector = readDetector(item, `detectors[${index}]`, issues, seen, builtinIds);
        if (detector)
            detectors.push(detector);
    });
    return detectors;
}
function readDetector(node, key, issues, seen, builtinIds) {
    if (!(0,yaml_dist/* isMap */.jh)(node)) {
        issues.add(node, key, 'expected a mapping with id, pattern and keywords');
        return undefined;
    }
    for (const pair of node.items) {
        const name = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!detectorKeys.includes(name)) {
            issues.add(pair.key, `${key}.${name}`, `unknown key${didYouMean(name, detectorKeys)}; allowed: ${detectorKeys.join(', ')}`);
        }
    }
    const id = readString(node, 'id', key, issues);
    const label = id === undefined ? key : `${key} (${id})`;
    if (id !== undefined) {
        if (!idPattern.test(id))
            issues.add(node.get('id', true), `${label}.id`, 'use kebab-case: lower-case letters, digits and dashes');
        else if (builtinIds.has(id))
            issues.add(node.get('id', true), `${label}.id`, 'is a built-in detector id; choose another');
        else if (seen.has(id))
            issues.add(node.get('id', true), `${label}.id`, 'duplicate detector id; give each detector its own id');
        seen.add(id);
    }
    const pattern = readString(node, 'pattern', label, issues);
    const flags = node.has('flags') ? (readString(node, 'flags', label, issues) ?? '') : '';
    if (!/^[imsu]*$/.test(flags))
        issues.add(node.get('flags', true), `${label}.flags`, 'only the flags i, m, s and u are allowed');
    if (pattern !== undefined)
        issues.regex(node.get('pattern', true), `${label}.pattern`, pattern, `gd${flags}`);
    const keywords = node.has('keywords')
        ? readStringList(node.get('keywords', true), `${label}.keywords`, issues)
        : [];
    if (!node.has('keywords')) {
        issues.add(node, `${label}.keywords`, 'missing; list literal text every match contains, e.g. a token prefix, so the pattern runs only near it');
    }
    const minEntropy = node.has('min-entropy')
        ? readNumber(node.get('min-entropy', true), `${label}.min-entropy`, issues, [0, 8])
        : undefined;
    const description = node.has('description')
        ? readString(node, 'description', label, issues)
        : undefined;
    const secretType = node.has('secret-type')
        ? readString(node, 'secret-type', label, issues)
        : undefined;
    if (id === undefined || pattern === undefined || keywords.length === 0)
        return undefined;
    return {
        id,
        description: description ?? `Custom detector ${id}`,
        secretType: secretType ?? 'Custom Secret',
        provider: 'custom',
        strength: 'contextual',
        keywords: keywords.map((keyword) => keyword.toLowerCase()),
        pattern,
        ...(flags !== '' && { flags }),
        ...(minEntropy !== undefined && { minEntropy }),
        examples: { positive: [], negative: [] },
    };
}
function readString(map, name, key, issues) {
    const value = map.get(name, true);
    if (value === undefined) {
        issues.add(map, `${key}.${name}`, 'missing; this key is required');
        return undefined;
    }
    if ((0,yaml_dist/* isScalar */.jn)(value) && typeof value.value === 'string' && value.value.length > 0)
        return value.value;
    issues.add(value, `${key}.${name}`, 'expected a non-empty string (quote it)');
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanner/config/regex.ts
/**
 * Why a regex source cannot be used, or undefined when it compiles. The message never repeats
 * the pattern: an `exclude-secrets` entry may be a literal secret.
 */
function regexSyntaxProblem(source, flags) {
    try {
        new RegExp(source, flags);
        return undefined;
    }
    catch (error) {
        const message = error.message;
        // V8 writes "Invalid regular expression: /<source>/<flags>: <reason>"; keep only the reason.
        const reason = message.slice(message.lastIndexOf(': ') + 2);
        return `invalid regular expression (${reason})`;
    }
}
/**
 * Why a regex may take super-linear time on some input, or undefined when it is proven safe.
 * The automaton checker proves linearity; it answers `unknown` for what it cannot model
 * (lookbehind, backreferences), and only then does the fuzzing checker get a say.
 */
async function backtrackingProblem(source, flags) {
    // Loaded on demand: recheck is large, and most scans have no regex of their own to check.
    const { checkSync } = await __nccwpck_require__.e(/* import() */ 303).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3303, 23));
    const cleanFlags = flags.replace(/[gdy]/g, '');
    const proven = checkSync(source, cleanFlags, { checker: 'automaton', timeout: 10_000 });
    const result = proven.status === 'unknown' ? checkSync(source, cleanFlags, { timeout: 10_000 }) : proven;
    if (result.status === 'safe')
        return undefined;
    if (result.status === 'vulnerable') {
        return (`may backtrack catastrophically (${result.complexity.summary} time on crafted input); ` +
            'make repeated parts unambiguous: bound them with {m,n} and do not nest quantifiers');
    }
    const reason = result.error.kind === 'timeout' ? 'the check timed out' : result.error.kind;
    return `could not be proven free of catastrophic backtracking (${reason}); simplify it`;
}

;// CONCATENATED MODULE: ./src/scanner/config/issues.ts

/**
 * Collects every problem in a config file, each naming the file, line and key, so that one run
 * reports them all instead of one per attempt.
 */
class ConfigIssues {
    source;
    lines;
    messages = [];
    regexes = [];
    constructor(source, lines) {
        this.source = source;
        this.lines = lines;
    }
    /** Records a problem with the value at `node` (or the file as a whole). */
    add(node, key, problem) {
        const offset = node?.range?.[0];
        const where = offset === undefined ? this.source : `${this.source}:${this.lines.linePos(offset).line}`;
        this.messages.push(`${where}: ${key}: ${problem}`);
    }
    /** Checks a regex's syntax now, and queues its backtracking check for `checkRegexes`. */
    regex(node, key, source, flags = '') {
        const problem = regexSyntaxProblem(source, flags);
        if (problem !== undefined)
            this.add(node, key, `${problem}; write it in JavaScript regex syntax`);
        else
            this.regexes.push({ node, key, source, flags });
    }
    /** Runs the queued backtracking checks, which are slow enough to do only for valid regexes. */
    async checkRegexes() {
        for (const { node, key, source, flags } of this.regexes) {
            const problem = await backtrackingProblem(source, flags);
            if (problem !== undefined)
                this.add(node, key, `the regular expression ${problem}`);
        }
    }
}

// EXTERNAL MODULE: ./src/scanner/config/types.ts
var types = __nccwpck_require__(6112);
;// CONCATENATED MODULE: ./src/scanner/config/parse.ts







const topLevelKeys = [
    'exclude-files',
    'exclude-lines',
    'exclude-secrets',
    'disabled-detectors',
    'enabled-detectors',
    'detectors',
    'max-line-length',
    'max-file-size',
];
/**
 * Parses and validates a config file as a whole: every problem (unknown key, bad regex, unsafe
 * regex, unknown or duplicate detector id) is reported at once, each with its line and a fix.
 * `builtins` is the detector registry the ids are checked against.
 */
async function parseConfig(text, source, builtins) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const document = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    if (document.errors.length > 0) {
        const issues = document.errors.map((error) => {
            const line = error.linePos?.[0].line;
            return `${source}${line === undefined ? '' : `:${line}`}: ${error.message.split('\n')[0]}`;
        });
        throw new ConfigError(`${source} is not valid YAML; fix the syntax:`, issues);
    }
    const issues = new ConfigIssues(source, lineCounter);
    const config = readTopLevel(document.contents, issues, builtins);
    await issues.checkRegexes();
    if (issues.messages.length > 0) {
        throw new ConfigError(`${source} has ${issues.messages.length} problem(s):`, issues.messages);
    }
    return config;
}
function readTopLevel(root, issues, builtins) {
    const config = (0,types/* emptyConfig */.i4)();
    if (root === null || ((0,yaml_dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    if (!(0,yaml_dist/* isMap */.jh)(root)) {
        issues.add(root, '(top level)', `expected a mapping with keys such as ${topLevelKeys.slice(0, 3).join(', ')}`);
        return config;
    }
    const builtinIds = new Set(builtins.map((detector) => detector.id));
    const get = (key) => (root.get(key, true) ?? null);
    for (const pair of root.items) {
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!topLevelKeys.includes(key)) {
            issues.add(pair.key, key, `unknown key${didYouMean(key, topLevelKeys)}; allowed: ${topLevelKeys.join(', ')}`);
        }
    }
    if (root.has('exclude-files'))
        config.excludeFiles = readStringList(get('exclude-files'), 'exclude-files', issues);
    for (const [key, field] of [
        ['exclude-lines', 'excludeLines'],
        ['exclude-secrets', 'excludeSecrets'],
    ]) {
        if (!root.has(key))
            continue;
        for (const [source, node] of readStringNodes(get(key), key, issues)) {
            issues.regex(node, key, source);
            config[field].push(source);
        }
    }
    if (root.has('detectors'))
        config.detectors = readCustomDetectors(get('detectors'), issues, builtinIds);
    const allIds = [...builtinIds, ...config.detectors.map((detector) => detector.id)];
    for (const [key, field] of [
        ['disabled-detectors', 'disabledDetectors'],
        ['enabled-detectors', 'enabledDetectors'],
    ]) {
        if (!root.has(key))
            continue;
        for (const [id, node] of readStringNodes(get(key), key, issues)) {
            if (!allIds.includes(id))
                issues.add(node, key, `unknown detector id '${id}'${didYouMean(id, allIds)}`);
            config[field].push(id);
        }
    }
    for (const id of config.enabledDetectors.filter((id) => config.disabledDetectors.includes(id))) {
        issues.add(get('enabled-detectors'), 'enabled-detectors', `'${id}' is also in disabled-detectors; keep it in one list`);
    }
    if (root.has('max-line-length'))
        config.maxLineLength = readPositiveInteger(get('max-line-length'), 'max-line-length', issues);
    if (root.has('max-file-size'))
        config.maxFileSize = readByteSize(get('max-file-size'), 'max-file-size', issues);
    return config;
}

;// CONCATENATED MODULE: ./src/cli/scan/config.ts







/**
 * The configuration of a scan: the config file (`--config`, else `.secrets-action.yaml` at the
 * root when there is one), extended by the `--exclude-*` options, all validated.
 */
async function loadScanConfig(root, cwd, options) {
    const config = await readConfigFile(root, cwd, options.config);
    for (const [option, values] of [
        ['--exclude-lines', options.excludeLines],
        ['--exclude-secrets', options.excludeSecrets],
    ]) {
        for (const [index, source] of values.entries()) {
            const problem = regexSyntaxProblem(source, '') ?? (await backtrackingProblem(source, ''));
            if (problem !== undefined)
                throw new UsageError(`${option} (occurrence ${index + 1}): the regular expression ${problem}`);
        }
    }
    config.excludeFiles.push(...options.excludeFiles);
    config.excludeLines.push(...options.excludeLines);
    config.excludeSecrets.push(...options.excludeSecrets);
    return config;
}
async function readConfigFile(root, cwd, explicit) {
    const candidates = explicit === undefined
        ? types/* CONFIG_FILE_NAMES */.HR.map((name) => (0,external_node_path_namespaceObject.join)(root, name))
        : [(0,external_node_path_namespaceObject.resolve)(cwd, explicit)];
    for (const path of candidates) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' && explicit === undefined)
                continue;
            const shown = explicit ?? path;
            throw new ConfigError(`cannot read the config file ${shown} (${code ?? error.message}); check the path`);
        }
        return parseConfig(text, explicit ?? path.slice(root.length + 1), detectors/* builtinDetectors */.PU);
    }
    return (0,types/* emptyConfig */.i4)();
}

;// CONCATENATED MODULE: ./src/cli/scan/options.ts



/** Parses `scan`'s arguments; strict, so a misspelt option is an error rather than a path. */
function parseScanOptions(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                help: { type: 'boolean', short: 'h', default: false },
                format: { type: 'string', short: 'f', default: 'text' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                'exclude-files': { type: 'string', multiple: true, default: [] },
                'exclude-lines': { type: 'string', multiple: true, default: [] },
                'exclude-secrets': { type: 'string', multiple: true, default: [] },
                jobs: { type: 'string', short: 'j' },
                verbose: { type: 'boolean', default: false },
            },
        });
    }
    catch (error) {
        throw new UsageError(`${error.message}\nRun \`secrets-action scan --help\` for the options.`);
    }
    const { values, positionals } = parsed;
    const format = values.format;
    if (!reportFormats.includes(format)) {
        throw new UsageError(`--format must be one of ${reportFormats.join(', ')}, not '${format}'`);
    }
    return {
        help: values.help,
        format: format,
        ...(values.output !== undefined && { output: nonEmpty(values.output, '--output') }),
        ...(values.config !== undefined && { config: nonEmpty(values.config, '--config') }),
        excludeFiles: values['exclude-files'],
        excludeLines: values['exclude-lines'],
        excludeSecrets: values['exclude-secrets'],
        ...(values.jobs !== undefined && { jobs: parseJobs(values.jobs) }),
        verbose: values.verbose,
        paths: positionals,
    };
}
function parseJobs(value) {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
        throw new UsageError(`--jobs must be a whole number from 1 to 256, not '${value}'`);
    }
    return Number(value);
}
function nonEmpty(value, option) {
    if (value.length === 0)
        throw new UsageError(`${option} needs a file name`);
    return value;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __nccwpck_require__(438);
// EXTERNAL MODULE: ./src/scanner/sources/scan-file.ts + 2 modules
var scan_file = __nccwpck_require__(5180);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/cli/scan/worker.ts
var worker = __nccwpck_require__(4466);
;// CONCATENATED MODULE: ./src/cli/scan/pool.ts


/** Batches queued per worker, so that a worker never waits for the next one. */
const batchesInFlightPerWorker = 2;
/**
 * Scans a stream of files on a pool of worker threads, each with its own scanner. Files are
 * pulled from the stream only as workers free up, so memory stays flat; results arrive in any
 * order (the report sorts them).
 */
async function scanWithPool(files, options, onResult) {
    const batchSize = options.batchSize ?? 32;
    const workers = Array.from({ length: options.workers }, () => new external_node_worker_threads_.Worker(options.workerUrl, { workerData: (0,worker/* scanWorkerData */.mH)(options.settings) }));
    const load = new Map(workers.map((worker) => [worker, 0]));
    let outstanding = 0;
    let failure;
    let wake;
    const failed = new Promise((_, reject) => {
        const fail = (error) => {
            failure ??= error;
            reject(failure);
            wake?.();
        };
        for (const worker of workers) {
            worker.on('error', fail);
            worker.on('exit', (code) => {
                if (outstanding > 0)
                    fail(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
            });
            worker.on('message', (response) => {
                if ('error' in response)
                    return fail(new Error(`a scan worker failed: ${response.error}`));
                response.results.forEach(onResult);
                load.set(worker, (load.get(worker) ?? 1) - 1);
                outstanding--;
                wake?.();
            });
        }
    });
    failed.catch(() => undefined);
    let nextId = 0;
    const send = async (batch) => {
        for (;;) {
            if (failure)
                throw failure;
            const [worker, inFlight] = [...load].sort((a, b) => a[1] - b[1])[0];
            if (inFlight < batchesInFlightPerWorker) {
                const id = nextId++;
                load.set(worker, inFlight + 1);
                outstanding++;
                worker.postMessage({ id, files: batch });
                return;
            }
            await new Promise((resolve) => (wake = resolve));
        }
    };
    try {
        let batch = [];
        for await (const file of files) {
            batch.push(file);
            if (batch.length >= batchSize) {
                await send(batch);
                batch = [];
            }
        }
        if (batch.length > 0)
            await send(batch);
        while (outstanding > 0) {
            if (failure)
                throw failure;
            await new Promise((resolve) => (wake = resolve));
        }
        if (failure)
            throw failure;
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/cli/scan/run.ts







/** Below this many files, starting workers costs more than it saves. */
const filesPerExtraWorker = 256;
/** Reads in flight on the single-threaded path. */
const readsInFlight = 8;
/** Scans every file of a run into its tally, on this thread or on a pool of workers. */
async function runScan(run) {
    const { tally } = run;
    const files = withoutExcluded(run.files, run.isExcluded, tally);
    const { head, rest } = await peek(files, filesPerExtraWorker);
    const jobs = run.workerUrl === undefined
        ? 1
        : (run.jobs ?? (head.length < filesPerExtraWorker ? 1 : (0,external_node_os_namespaceObject.availableParallelism)()));
    const record = (result) => {
        tally.add(result);
        run.onResult?.(result);
    };
    if (jobs <= 1 || run.workerUrl === undefined) {
        const scanner = (0,config_settings/* createScanner */.z1)(run.settings, detectors/* builtinDetectors */.PU);
        const scan = (file) => (0,scan_file/* scanFile */.W)(scanner, file, run.settings.maxFileSize);
        for await (const result of (0,concurrency/* mapConcurrent */._)(rest, readsInFlight, scan))
            record(result);
        return;
    }
    await scanWithPool(rest, { workers: jobs, workerUrl: run.workerUrl, settings: run.settings }, record);
}
async function* withoutExcluded(files, isExcluded, tally) {
    for await (const file of files) {
        if (isExcluded(file.relative))
            tally.skip({ file: file.relative, reason: 'excluded' });
        else
            yield file;
    }
}
/** Takes up to `count` items off a stream, and gives back a stream that still yields them all. */
async function peek(source, count) {
    const iterator = source[Symbol.asyncIterator]();
    const head = [];
    let ended = false;
    while (head.length < count) {
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            break;
        }
        head.push(next.value);
    }
    async function* rest() {
        yield* head;
        if (ended)
            return;
        for (let next = await iterator.next(); !next.done; next = await iterator.next())
            yield next.value;
    }
    return { head, rest: rest() };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts

/** The package version, read from package.json at build time. */
const version = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/commands/scan.ts














/** `secrets-action scan`: finds secrets, reports them, and exits 1 when there are any. */
async function scanCommand(argv, io) {
    const options = parseScanOptions(argv);
    if (options.help) {
        io.stdout(scanHelp);
        return ExitCode.clean;
    }
    const tally = new ScanTally();
    const warn = (message) => io.stderr(`warning: ${message}\n`);
    const targets = await resolveTargets(io.cwd, options.paths, (path, code) => {
        tally.skip({ file: path, reason: 'unreadable', detail: code });
        warn(`cannot list ${path} (${code}); skipped`);
    });
    const config = await loadScanConfig(targets.root, io.cwd, options);
    const settings = (0,config_settings/* resolveSettings */.Mo)(config, detectors/* builtinDetectors */.PU);
    const excludeByConfig = createFileExcluder(config.excludeFiles);
    // The report file itself is left out, so that a second run does not scan the first's report.
    const reportPath = options.output === undefined
        ? undefined
        : toReportedPath(targets.root, (0,external_node_path_namespaceObject.resolve)(io.cwd, options.output));
    const progress = new Progress(io.stderr, io.stderrIsTTY);
    try {
        await runScan({
            files: targets.files,
            settings,
            isExcluded: (path) => path === reportPath || excludeByConfig(path),
            ...(options.jobs !== undefined && { jobs: options.jobs }),
            ...(io.workerUrl !== undefined && { workerUrl: io.workerUrl }),
            tally,
            onResult: (result) => {
                for (const skip of result.skips)
                    if (skip.reason === 'unreadable')
                        warn(`cannot read ${skip.file} (${skip.detail}); skipped`);
                const { filesScanned: files, bytesScanned: bytes } = tally.stats;
                progress.update({ files, bytes, findings: tally.findingCount });
            },
        });
    }
    finally {
        progress.stop();
    }
    const report = tally.report(version, targets.root, (0,config_settings/* selectedDetectors */.ju)(settings, detectors/* builtinDetectors */.PU));
    const rendered = renderReport(report, options.format, options.verbose);
    rendered.warnings.forEach(warn);
    if (options.output === undefined) {
        io.stdout(rendered.text);
    }
    else {
        try {
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, options.output), rendered.text);
        }
        catch (error) {
            throw new IoError(`cannot write the report to ${options.output}: ${error.code ?? error}`);
        }
        io.stderr(`${summaryLine(report)}\n`);
    }
    return report.findings.length > 0 ? ExitCode.findings : ExitCode.clean;
}

;// CONCATENATED MODULE: ./src/cli/main.ts





/** The commands, by name; each lives in its own file under commands/. */
const commands = {
    scan: scanCommand,
    detectors: detectorsCommand,
};
/**
 * Runs the CLI and returns its exit code; it never exits the process. Every error ends here
 * and nowhere else: it is printed once and turned into an exit code.
 */
async function main(argv, io) {
    try {
        const [first, ...rest] = argv;
        if (first === undefined || first === '-h' || first === '--help') {
            io.stdout(mainHelp);
            return first === undefined ? ExitCode.error : ExitCode.clean;
        }
        if (first === '-v' || first === '--version') {
            io.stdout(`${version}\n`);
            return ExitCode.clean;
        }
        const command = commands[first];
        if (command === undefined) {
            const what = first.startsWith('-')
                ? `unknown option '${first}'`
                : `unknown command '${first}'`;
            throw new UsageError(`${what}; commands: ${Object.keys(commands).join(', ')}. Run \`secrets-action --help\`.`);
        }
        return await command(rest, io);
    }
    catch (error) {
        io.stderr(`secrets-action: ${describeError(error)}\n`);
        return exitCodeFor(error);
    }
}


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eL: () => (/* binding */ isScanWorkerData),
/* harmony export */   fR: () => (/* binding */ runScanWorker),
/* harmony export */   mH: () => (/* binding */ scanWorkerData)
/* harmony export */ });
/* unused harmony export scanBatch */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(438);
/* harmony import */ var _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9980);
/* harmony import */ var _scanner_config_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7836);
/* harmony import */ var _scanner_sources_scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5180);





const marker = 'secrets-action/scan-worker';
/** Reads in flight per worker: enough to hide file-system latency behind scanning. */
const readsPerWorker = 4;
/** The data that starts a scan worker. */
function scanWorkerData(settings) {
    return { kind: marker, settings };
}
/** Whether this thread was started as a scan worker (the bundle's entry checks it). */
function isScanWorkerData(data) {
    return typeof data === 'object' && data !== null && data.kind === marker;
}
/** Scans the files of a batch: the same code the single-threaded scan runs. */
async function scanBatch(scanner, files, maxFileSize, limit = readsPerWorker) {
    const results = [];
    async function* list() {
        yield* files;
    }
    for await (const result of (0,_shared_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapConcurrent */ ._)(list(), limit, (file) => (0,_scanner_sources_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .W)(scanner, file, maxFileSize))) {
        results.push(result);
    }
    return results;
}
/** The worker's loop: one scanner of its own, then batches in and results out until terminated. */
function runScanWorker(data) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('runScanWorker must run in a worker thread');
    const scanner = (0,_scanner_config_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .createScanner */ .z1)(data.settings, _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinDetectors */ .PU);
    port.on('message', (request) => {
        scanBatch(scanner, request.files, data.settings.maxFileSize).then((results) => port.postMessage({ id: request.id, results }), (error) => port.postMessage({
            id: request.id,
            error: String(error?.stack ?? error),
        }));
    });
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   ju: () => (/* binding */ selectedDetectors),
/* harmony export */   z1: () => (/* binding */ createScanner)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4163);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6112);


/** Chooses the detectors and limits a config asks for. */
function resolveSettings(config, builtins) {
    const disabled = new Set(config.disabledDetectors);
    const enabled = new Set(config.enabledDetectors);
    const isOn = (detector) => !disabled.has(detector.id) && (detector.enabledByDefault !== false || enabled.has(detector.id));
    return {
        builtinIds: builtins.filter(isOn).map((detector) => detector.id),
        customDetectors: config.detectors.filter(isOn),
        excludeLines: [...config.excludeLines],
        excludeSecrets: [...config.excludeSecrets],
        maxLineLength: config.maxLineLength ?? _engine_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_LINE_LENGTH */ .x$,
        maxFileSize: config.maxFileSize ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_FILE_SIZE */ .Sj,
    };
}
/** The detectors that settings select, built-in ones first, in registry order. */
function selectedDetectors(settings, builtins) {
    const ids = new Set(settings.builtinIds);
    return [...builtins.filter((detector) => ids.has(detector.id)), ...settings.customDetectors];
}
/** Builds the pure engine for settings; regexes were validated when the config was read. */
function createScanner(settings, builtins) {
    return new _engine_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretScanner */ .Jq(selectedDetectors(settings, builtins), {
        maxLineLength: settings.maxLineLength,
        excludeLines: settings.excludeLines.map((source) => new RegExp(source)),
        excludeSecrets: settings.excludeSecrets.map((source) => new RegExp(source)),
    });
}


/***/ }),

/***/ 6112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   i4: () => (/* binding */ emptyConfig)
/* harmony export */ });
/** The name a config file is looked up under at the scan root. */
const CONFIG_FILE_NAMES = ['.secrets-action.yaml', '.secrets-action.yml'];
/** Files above this many bytes are skipped and reported, unless configured otherwise. */
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** A config with nothing set. */
function emptyConfig() {
    return {
        excludeFiles: [],
        excludeLines: [],
        excludeSecrets: [],
        disabledDetectors: [],
        enabledDetectors: [],
        detectors: [],
    };
}


/***/ }),

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PU: () => (/* binding */ builtinDetectors)
});

// UNUSED EXPORTS: defaultDetectors, findDetector

;// CONCATENATED MODULE: ./src/scanner/detectors/patterns.ts
/**
 * Builds the pattern for a secret assigned to a name that mentions its provider:
 * `AIRTABLE_TOKEN=…`, `"airtableToken": "…"`, `airtable_token := …`, `var airtableToken string = "…"`,
 * `setProperty("AIRTABLE_TOKEN", "…")`, `<airtableToken>…</airtableToken>`, `$airtableToken .= "…"`.
 *
 * Each piece matches characters its neighbours cannot, so the pattern never backtracks more than
 * a constant amount per position (checked by the ReDoS test).
 *
 * @param name regex source for the provider word(s) in the name, for example `airtable`
 * @param value regex source for the secret itself, for example `[a-z0-9]{17}`
 * @param after regex source that must follow the value (default: not another word character)
 */
function assignedSecretPattern(name, value, after = '(?![A-Za-z0-9_])') {
    const nameTail = '[\\w.-]{0,40}';
    const goType = '(?:[ \\t]{1,4}[a-z][a-z0-9\\[\\]*]{0,12})?';
    const closeName = '[\\]"\'`]{0,2}';
    const operator = '[ \\t]{0,5}(?:[:!?+.|]{0,3}=>?|:{1,3}|,|>|\\|\\|)';
    const open = '\\s{0,12}[(\\[]?["\'`]?';
    return `(?:${name})${nameTail}${goType}${closeName}${operator}${open}(?<secret>${value})${after}`;
}
/**
 * Builds the pattern for a token that carries its own provider prefix (`ghp_…`, `xoxb-…`): the
 * whole token is the secret, and it must not be glued to other word characters on either side.
 *
 * @param prefix regex source for the literal prefix, for example `ghp_`
 * @param body regex source for the rest, for example `[A-Za-z0-9]{36}`
 */
function prefixedTokenPattern(prefix, body) {
    return `(?<![A-Za-z0-9_])(?<secret>${prefix}${body})(?![A-Za-z0-9_])`;
}

;// CONCATENATED MODULE: ./src/scanner/detectors/core/artifactory.ts

// JFrog credentials: https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
// API keys (deprecated) are `AKCp` + 69 base62 characters; reference tokens are 64 characters
// starting `cmVmd` (base64 of "reftkn"); identity tokens and API keys without those prefixes are
// found by the JFrog product name they are assigned to. Encrypted passwords start `AP` + hex digit.
const contextual = (kind, description, value, positive, negative) => ({
    id: `jfrog-${kind}`,
    description,
    secretType: 'Artifactory Credentials',
    provider: 'jfrog',
    strength: 'contextual',
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    contextLines: 1,
    minEntropy: 3.5,
    pattern: assignedSecretPattern('jfrog|artifactory|bintray|xray', value),
    flags: 'i',
    examples: { positive, negative },
});
/** Artifactory / JFrog API keys, reference and identity tokens, and encrypted passwords. */
const artifactoryDetectors = [
    {
        id: 'artifactory-api-key',
        description: 'Artifactory API key',
        secretType: 'Artifactory Credentials',
        provider: 'jfrog',
        strength: 'prefixed',
        keywords: ['akcp'],
        minEntropy: 3.5,
        // detect-secrets' match includes the delimiter on each side (`"`, `=`, `:` or a space before,
        // `"` or a space after), and that is what it hashes.
        pattern: '(?<hashed>[\\t =:"]?(?<![A-Za-z0-9_])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])[\\t "]?)',
        examples: {
            positive: ['ARTIFACTORY_API_KEY=AKCp{an:69}', 'artifactoryApiKey := "AKCp{lan:69}"'],
            negative: ['AkCp{lan:69}', 'AKCp{an:60}', 'gYnkgAKCp{an:69}'],
        },
    },
    {
        id: 'artifactory-reference-token',
        description: 'Artifactory reference token',
        secretType: 'Artifactory Credentials',
        provider: 'jfrog',
        strength: 'prefixed',
        keywords: ['cmvmd'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_])(?<secret>cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'ARTIFACTORY_TOKEN=cmVmdGtuOjAxOj{an:50}',
                'artifactoryRefToken := "cmVmd{lan:59}"',
            ],
            negative: ['cmVMd{an:59}', 'cmVmd{an:40}', 'gYnkgcmVmd{an:59}'],
        },
    },
    contextual('api-key', 'JFrog API key assigned to a JFrog name', '[A-Za-z0-9]{73}', ['--set imagePullSecretJfrog.password={lan:73}', 'JFROG_API_KEY="{an:73}"'], ['jfrog_repo: {an:60}']),
    contextual('identity-token', 'JFrog identity or access token assigned to a JFrog name', '[A-Za-z0-9]{64}', [
        'ARTIFACTORY_TOKEN={lan:64}',
        '"artifactory", "{an:64}"',
        '<xrayToken>\n  {an:64}\n</xrayToken>',
    ], ['artifactory_repo = {an:50}', 'jfrog_build = {an:70}']),
    contextual('encrypted-password', 'Artifactory encrypted password assigned to a JFrog name', 'AP[0-9A-F][A-Za-z0-9]{8,200}', ['ARTIFACTORY_PASSWORD=AP{HEX:1}{an:56}', 'jfrog_password: "AP{HEX:1}{an:40}"'], ['artifactory_build = APX{an:40}']),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/aws.ts

// Access key ids: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// A four-character prefix naming the kind (AKIA long-term, ASIA temporary STS, ABIA STS service
// bearer, ACCA context-specific; A3T… in early keys), then 16 characters of base32 (A-Z, 2-7).
// Secret access keys are 40 characters of base64 with no prefix, so they are found by name.
// Bedrock API keys: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html
/** AWS access key ids, secret access keys and Amazon Bedrock API keys. */
const awsDetectors = [
    {
        id: 'aws-access-key-id',
        description: 'AWS access key id',
        secretType: 'AWS Access Key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'AWS_ACCESS_KEY_ID=AKIA{b32:16}',
                '  "aws_access_key_id": "ASIA{b32:16}",',
                'aws_access_key_id = ABIA{b32:16}',
            ],
            negative: ['AKIA{b32:12}', 'TODAYINASIAASACKOFRICEFELLOVER', 'akia{b32:16}'],
        },
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key',
        secretType: 'AWS Access Key',
        provider: 'aws',
        strength: 'contextual',
        keywords: [
            'aws_',
            'aws-',
            'aws.',
            'awssecret',
            'awskey',
            'secret_access_key',
            'secretaccesskey',
            'secret-access-key',
        ],
        contextLines: 1,
        minEntropy: 4,
        pattern: assignedSecretPattern('aws|secret_?access_?key', '[A-Za-z0-9/+]{40}', '(?![A-Za-z0-9/+=_])'),
        flags: 'i',
        examples: {
            positive: [
                'AWS_SECRET_ACCESS_KEY={an:20}/{an:19}',
                'aws_secret_access_key = {an:40}',
                '  "SecretAccessKey": "{an:18}+{an:21}"',
            ],
            negative: ['aws_region = {an:30}', 'aws_bucket = {an:120}', 'aws_prefix = {an:41}'],
        },
    },
    {
        id: 'aws-bedrock-api-key',
        description: 'Amazon Bedrock long-lived API key',
        secretType: 'Amazon Bedrock API key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['absk'],
        // `ABSK` then base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`.
        pattern: '(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,300}={0,2})(?![A-Za-z0-9+/=])',
        examples: {
            positive: [
                'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS{an:110}=',
                'bedrock_api_key = "ABSKQmVkcm9ja0FQSUtleS{b64:150}"',
            ],
            negative: ['ABSKQmVkcm9ja0FQSUtleS{an:20}', 'AXSKQmVkcm9ja0FQSUtleS{an:110}='],
        },
    },
    {
        id: 'aws-bedrock-short-term-api-key',
        description: 'Amazon Bedrock short-term API key',
        secretType: 'Amazon Bedrock API key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['bedrock-api-key-'],
        // `bedrock-api-key-` then base64 of a presigned `bedrock.amazonaws.com/?Action=…` URL;
        // detect-secrets matches (and hashes) only the fixed start.
        // The literal is split so that this source file does not itself hold a token-shaped string.
        pattern: `(?<![A-Za-z0-9_-])(?<secret>(?<hashed>bedrock-api-key-${'YmVkcm9jay5hbWF6'}b25hd3MuY29t)[A-Za-z0-9+/=]{0,8000})(?![A-Za-z0-9+/=_{-])`,
        examples: {
            positive: [
                'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t{b64:600}',
                'token = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249{an:400}"',
            ],
            negative: [
                'const prefix = "bedrock-api-key-";',
                'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x{an:40}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/discord.ts

// Bot tokens: https://discord.com/developers/docs/reference#authentication — three base64url
// parts joined by dots: the bot's user id (a snowflake, so it starts with M, N or O), a
// timestamp (6 characters) and an HMAC (27 or more). Application credentials
// (https://discord.com/developers/docs/topics/oauth2) have no prefix: they are found by name.
const botTokenSource = '(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])';
/** A Discord bot token has no literal keyword, so it is a code detector triggered by its own shape. */
const botToken = {
    id: 'discord-bot-token',
    description: 'Discord bot token',
    secretType: 'Discord Bot Token',
    provider: 'discord',
    strength: 'prefixed',
    keywords: [],
    // The id part is base64 of a decimal snowflake, so it starts with one of nine letter pairs:
    // each is a literal the prefilter can look for.
    trigger: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT']
        .map((pair) => `${pair}[A-Za-z0-9_-]{22,24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27}`)
        .join('|'),
    detect({ text, start, end }) {
        const regex = new RegExp(botTokenSource, 'g');
        const slice = text.slice(start, end);
        const matches = [];
        for (const match of slice.matchAll(regex)) {
            const from = start + match.index;
            matches.push({ start: from, end: from + match[0].length, secret: match[0] });
        }
        return matches;
    },
    examples: {
        positive: [
            'DISCORD_BOT_TOKEN=MT{b64u:24}.{b64u:6}.{b64u:38}',
            "client.run('Nz{an:22}.{an:6}.{b64u:27}')",
        ],
        negative: ['MT{an:24}.{an:6}.{an:10}', 'Pz{an:22}.{an:6}.{an:27}'],
    },
};
const discordCredential = (kind, description, value, positive, negative, minEntropy, name = 'discord') => ({
    id: `discord-${kind}`,
    description,
    secretType: kind === 'client-id' ? 'Discord Client ID' : 'Discord Client Secret',
    provider: 'discord',
    strength: 'contextual',
    keywords: ['discord'],
    contextLines: 1,
    ...(minEntropy !== undefined && { minEntropy }),
    pattern: assignedSecretPattern(name, value, '(?![A-Za-z0-9_=-])'),
    flags: 'i',
    examples: { positive, negative },
});
/** Discord bot tokens, and application keys, client secrets and client ids assigned to discord names. */
const discordDetectors = [
    botToken,
    discordCredential('api-key', 'Discord application public key or API token', '[a-f0-9]{64}', ['DISCORD_PUBLIC_KEY={hex:64}', '  "discordToken": "{hex:64}"'], ['discord_guild = {hex:60}', 'discord_guild = {hex:70}'], 3),
    discordCredential('client-secret', 'Discord OAuth2 client secret', '[A-Za-z0-9_=-]{32}', ['DISCORD_CLIENT_SECRET={b64u:32}', "discord_client_secret: '{an:32}'"], ['discord=00000000000000000000000000000000', 'discord_channel = {an:20}'], 2.5),
    discordCredential('client-id', 'Discord application (client) id', '\\d{17,20}', ['DISCORD_CLIENT_ID=1{d:17}', '<discordClientId>\n  1{d:18}\n</discordClientId>'], ['discord=000000000000000000', 'DISCORD_CLIENT_ID={d:10}', '"discordServerID": "1{d:18}"'], undefined, 
    // Server, channel, role and user ids are snowflakes too, and public.
    'discord(?![\\w.-]{0,30}(?:server|guild|channel|role|user|message)[_-]?ids?)'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/github.ts
// Token formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
// A prefix naming the kind, then 36 base62 characters (the last six a CRC32 checksum).
// detect-secrets hashes only the prefix (its capture group), so `hashed` keeps baselines compatible.
const classicToken = (kind, prefix, description) => ({
    id: `github-${kind}`,
    description,
    secretType: 'GitHub Token',
    provider: 'github',
    strength: 'prefixed',
    keywords: [`${prefix}_`],
    pattern: `(?<![A-Za-z0-9_])(?<secret>(?<hashed>${prefix})_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`,
    examples: {
        positive: [`GITHUB_TOKEN=${prefix}_{an:36}`, `token: "${prefix}_{an:36}"`],
        negative: [`${prefix}_{an:20}`, `x${prefix}_{an:36}`],
    },
});
/** GitHub personal access tokens, OAuth, app and refresh tokens. */
const githubDetectors = [
    classicToken('pat', 'ghp', 'GitHub personal access token (classic)'),
    classicToken('oauth', 'gho', 'GitHub OAuth access token'),
    classicToken('user-to-server', 'ghu', 'GitHub App user-to-server token'),
    classicToken('app-token', 'ghs', 'GitHub App installation (server-to-server) token'),
    classicToken('refresh-token', 'ghr', 'GitHub App refresh token'),
    {
        id: 'github-fine-grained-pat',
        description: 'GitHub fine-grained personal access token',
        secretType: 'GitHub Token',
        provider: 'github',
        strength: 'prefixed',
        keywords: ['github_pat_'],
        // Documented as 22 base62, `_`, 59 base62; some tools print the 82 characters without the
        // separator, so any 82 word characters after the prefix are accepted.
        pattern: '(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'export GH_TOKEN=github_pat_{an:22}_{an:59}',
                'github:\n  token: "github_pat_{an:82}"',
            ],
            negative: ['github_pat_{an:22}', 'github_pat_{an:22}_{an:70}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/gitlab.ts
// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
// A `gl…-` prefix naming the kind, then a Devise friendly token (20 base64url characters) or,
// for newer tokens, the routable format: a longer base64url payload, `.`, an optional two-digit
// version and `.`, then a base36 length and CRC (`glpat-<payload>.01.<9 chars>`).
const routableTail = '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9}|\\.[0-9a-z]{7,9})?';
// A routable token must not stop at its first `.`: the part after the dot belongs to it.
const tokenEnd = '(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])';
/**
 * A prefixed GitLab token. detect-secrets hashes only the prefix word of the ten kinds it knows
 * (its capture group), so those expose it as `hashed` to keep baselines compatible.
 */
const prefixedToken = (kind, prefix, description, hashedByDetectSecrets, length = 20) => {
    const word = hashedByDetectSecrets ? `(?<hashed>${prefix})` : prefix;
    return {
        id: `gitlab-${kind}`,
        description,
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: [`${prefix}-`],
        pattern: `(?<![A-Za-z0-9_-])(?<secret>${word}-[A-Za-z0-9_-]{20,300}${routableTail})${tokenEnd}`,
        examples: {
            positive: [
                `GITLAB_TOKEN=${prefix}-{b64u:${length}}`,
                `  gitlab_token: "${prefix}-{an:27}.01.{lan:9}"`,
                `gitlab = Gitlab("https://gitlab.example.org", private_token='${prefix}-{an:${length}}')`,
            ],
            negative: [
                `${prefix}-{an:12}`,
                `x${prefix}-{an:${length}}`,
                `${prefix}-xxxxxxxxxxxxxxxxxxxxxxxx`,
            ],
        },
    };
};
/** GitLab access, deploy, runner, CI/CD, trigger, feed, mail, agent, SCIM and feature-flag tokens. */
const gitlabDetectors = [
    prefixedToken('pat', 'glpat', 'GitLab personal, project or group access token', true),
    prefixedToken('oauth-app-secret', 'gloas', 'GitLab OAuth application secret', true, 64),
    prefixedToken('deploy-token', 'gldt', 'GitLab deploy token', true),
    prefixedToken('runner-token', 'glrt', 'GitLab runner authentication token', true),
    prefixedToken('cicd-job-token', 'glcbt', 'GitLab CI/CD job token', true, 26),
    prefixedToken('pipeline-trigger-token', 'glptt', 'GitLab pipeline trigger token', true, 40),
    prefixedToken('feed-token', 'glft', 'GitLab feed token', true),
    prefixedToken('incoming-mail-token', 'glimt', 'GitLab incoming mail token', true, 25),
    prefixedToken('agent-token', 'glagent', 'GitLab agent for Kubernetes token', true, 50),
    prefixedToken('scim-token', 'glsoat', 'GitLab SCIM OAuth token', true),
    prefixedToken('feature-flag-client-token', 'glffct', 'GitLab feature flags client token', false),
    {
        id: 'gitlab-runner-registration-token',
        description: 'GitLab runner registration token (deprecated format)',
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: ['gr1348941'],
        // Digits-only bodies such as `GR1348941123123…` are test fixtures, not tokens.
        minEntropy: 3,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>GR1348941[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'RUNNER_REGISTRATION_TOKEN=GR1348941{an:20}',
                "registration-token: 'GR1348941{b64u:20}'",
            ],
            negative: ['GR1348941{an:10}', 'GR134894112312312312312312312', 'xGR1348941{an:20}'],
        },
    },
    {
        id: 'gitlab-session-cookie',
        description: 'GitLab session cookie',
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: ['_gitlab_session='],
        pattern: '_gitlab_session=(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'curl -H "Cookie: _gitlab_session={hex:32}" https://gitlab.example.org/api/v4/user',
                "cookies = '_gitlab_session={lan:32}; path=/'",
            ],
            negative: ['_gitlab_session={hex:20}', '_gitlab_session={hex:40}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/mailchimp.ts

// API keys: https://mailchimp.com/developer/marketing/guides/quick-start/ — 32 hex characters,
// `-us`, then the data-centre number.
/** Mailchimp Marketing API keys. */
const mailchimpDetectors = [
    {
        id: 'mailchimp-api-key',
        description: 'Mailchimp API key',
        secretType: 'Mailchimp Access Key',
        provider: 'mailchimp',
        strength: 'prefixed',
        keywords: ['-us'],
        pattern: prefixedTokenPattern('', '[0-9a-f]{32}-us\\d{1,2}'),
        examples: {
            positive: ['MAILCHIMP_API_KEY={hex:32}-us18', "mailchimp:\n  api_key: '{hex:32}-us6'"],
            negative: ['{hex:32}-us', '{hex:32}-us123', '{hex:20}-us18'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/npm.ts

// Access tokens: https://docs.npmjs.com/about-access-tokens — `npm_` then 36 base62 characters
// (30 random and a 6-character CRC32). Tokens created before 2021 are UUIDs, found in `.npmrc`
// `_authToken=` lines or `NPM_TOKEN` variables.
/** npm access tokens, current and legacy. */
const npmDetectors = [
    {
        id: 'npm-access-token',
        description: 'npm access token',
        secretType: 'NPM tokens',
        provider: 'npm',
        strength: 'prefixed',
        keywords: ['npm_'],
        // detect-secrets' npm pattern has one capture group, set only by its `_authToken` branch, so
        // for `npm_…` tokens it records (and hashes) the empty string. The empty `hashed` group keeps
        // baselines it wrote compatible.
        pattern: '(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?<hashed>)(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'NPM_TOKEN=npm_{an:36}',
                '//registry.npmjs.org/:_authToken=npm_{an:36}',
                '  "npmAccessToken": "npm_{an:36}"',
            ],
            negative: ['npm_{an:20}', 'my_npm_{an:36}', 'npm_{an:40}'],
        },
    },
    {
        id: 'npm-legacy-auth-token',
        description: 'npm legacy (UUID) auth token',
        secretType: 'NPM tokens',
        provider: 'npm',
        strength: 'contextual',
        keywords: ['_authtoken', 'npm_token', 'npm-token', 'npmtoken'],
        pattern: assignedSecretPattern('_authToken|npm[_-]?token', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', '(?![A-Za-z0-9_-])'),
        flags: 'i',
        examples: {
            positive: [
                '//registry.npmjs.org/:_authToken={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                'export NPM_TOKEN="{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
            ],
            negative: [
                '_authToken=${NPM_TOKEN}',
                'npm_config_cache = {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/openai.ts
// API keys: https://platform.openai.com/docs/api-reference/authentication — `sk-`, an optional
// kind (`proj-`, `svcacct-`, `admin-`), then base64url text around the marker `T3BlbkFJ`
// (base64 of "openai"): 20 characters on each side in user keys, about 74 in project keys.
/** OpenAI user, project, service-account and admin API keys. */
const openaiDetectors = [
    {
        id: 'openai-api-key',
        description: 'OpenAI API key',
        secretType: 'OpenAI Token',
        provider: 'openai',
        strength: 'prefixed',
        keywords: ['t3blbkfj'],
        // detect-secrets stops 20 alphanumerics after the marker and hashes that much; when a `-` or
        // `_` comes sooner it does not match at all, and the second branch (no `hashed`) applies.
        pattern: '(?<![A-Za-z0-9_-])(?<secret>(?<hashed>sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9]{20})[A-Za-z0-9_-]{0,200}|sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'OPENAI_API_KEY=sk-{an:20}T3BlbkFJ{an:20}',
                'client = OpenAI(api_key="sk-proj-{an:74}T3BlbkFJ{an:74}")',
                '  "openai_api_key": "sk-svcacct-{an:74}T3BlbkFJ{an:5}-{b64u:68}"',
            ],
            negative: [
                'sk-{an:20}T3BlbkFJ{an:10}',
                'sk-{an:10}T3BlbkFJ{an:20}',
                'ask-{an:20}T3BlbkFJ{an:20}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/pypi.ts

// API tokens: https://pypi.org/help/#apitoken and https://warehouse.pypa.io/development/token-scanning.html
// `pypi-` then a base64url macaroon whose first bytes encode the issuing index: `AgEIcHlwaS5vcmc`
// (pypi.org) or `AgENdGVzdC5weXBpLm9yZw` (test.pypi.org).
/** PyPI and TestPyPI upload tokens. */
const pypiDetectors = [
    {
        id: 'pypi-upload-token',
        description: 'PyPI upload token',
        secretType: 'PyPI Token',
        provider: 'pypi',
        strength: 'prefixed',
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
        pattern: prefixedTokenPattern('pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)', '[A-Za-z0-9_-]{50,1000}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: [
                'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc{b64u:160}',
                '[testpypi]\npassword = pypi-AgENdGVzdC5weXBpLm9yZw{b64u:150}',
            ],
            negative: ['pypi-AgEIcHlwaS5vcmc{an:20}', 'pypi-AgEIcHlwaS5vcmd{an:100}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/sendgrid.ts

// API keys: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys — `SG.`, a
// 22-character key id, `.`, a 43-character secret (base64url). The 66 characters after `SG.` are
// matched as one run so that keys re-encoded with `=` or without the inner dot are found too.
/** SendGrid API keys. */
const sendgridDetectors = [
    {
        id: 'sendgrid-api-key',
        description: 'SendGrid API key',
        secretType: 'SendGrid API Key',
        provider: 'sendgrid',
        strength: 'prefixed',
        keywords: ['sg.'],
        pattern: prefixedTokenPattern('SG\\.', '[A-Za-z0-9_=-][A-Za-z0-9_=.-]{65}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_=.-])'),
        examples: {
            positive: [
                'SENDGRID_API_KEY=SG.{b64u:22}.{b64u:43}',
                "sg = SendGridAPIClient('SG.{an:22}.{an:43}')",
            ],
            negative: ['SG.{b64u:22}.{b64u:20}', 'SG.{an:22}.{an:43}.{an:10}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/slack.ts

// Token types: https://api.slack.com/concepts/token-types (bot `xoxb-`, user `xoxp-`, app-level
// `xapp-`, configuration `xoxe.xoxp-` / refresh `xoxe-`; `xoxa-`, `xoxr-`, `xoxs-`, `xoxo-` are
// the retired workspace and legacy tokens). Incoming webhooks:
// https://api.slack.com/messaging/webhooks. The numeric segments are team, user and bot ids.
const id = '\\d{8,14}';
const slackToken = (kind, description, keywords, pattern, positive, negative) => ({
    id: `slack-${kind}`,
    description,
    secretType: 'Slack Token',
    provider: 'slack',
    strength: 'prefixed',
    keywords,
    pattern,
    examples: { positive, negative },
});
/** Slack bot, user, app-level, configuration, legacy and workspace tokens, and webhook URLs. */
const slackDetectors = [
    slackToken('bot-token', 'Slack bot token', ['xoxb-'], prefixedTokenPattern('xoxb-', `${id}-${id}-[A-Za-z0-9]{24,34}`), [
        'SLACK_BOT_TOKEN=xoxb-{d:12}-{d:13}-{an:24}',
        'client = WebClient(token="xoxb-{d:13}-{d:13}-{an:24}")',
    ], ['xoxb-{d:12}-{d:13}-{an:10}', 'channel: xoxb-12345-abcd234']),
    slackToken('legacy-bot-token', 'Slack legacy bot token', ['xoxb-'], prefixedTokenPattern('xoxb-', `${id}-[A-Za-z0-9]{18,40}`), ['  "bot_token": "xoxb-{d:12}-{an:24}",', "slack:\n  token: 'xoxb-{d:11}-{an:24}'"], ['xoxb-{d:12}-{an:8}', 'slack_token: xoxb-Slack_BOT_TOKEN']),
    slackToken('user-token', 'Slack user token', ['xoxp-', 'xoxe-'], prefixedTokenPattern('xox[pe]-', `${id}-${id}-${id}-[A-Za-z0-9]{28,34}`), [
        'SLACK_USER_TOKEN=xoxp-{d:11}-{d:12}-{d:12}-{hex:32}',
        '"token": "xoxp-{d:12}-{d:13}-{d:13}-{hex:32}"',
    ], ['"token3": "xoxp-1234-1234-1234-{hex:32}"', '"token1": "xoxp-{d:10}"']),
    slackToken('app-token', 'Slack app-level token', ['xapp-'], prefixedTokenPattern('xapp-', '\\d-[A-Z0-9]{8,14}-\\d{8,16}-[A-Za-z0-9]{32,80}'), [
        'SLACK_APP_TOKEN=xapp-1-A{uan:10}-{d:13}-{hex:64}',
        "app_token = 'xapp-1-A{uan:10}-{d:13}-{hex:64}'",
    ], ['xapp-1-{d:13}-{hex:64}', 'xapp-1-A{uan:10}-{d:13}-{hex:16}']),
    slackToken('config-access-token', 'Slack app configuration access token', ['xoxe.xox'], 
    // detect-secrets finds the `xoxp-1-…` part only, so that is what it hashes.
    '(?<![A-Za-z0-9_.-])(?<secret>xoxe\\.(?<hashed>xox[bp]-\\d-[A-Za-z0-9]{60,400}))(?![A-Za-z0-9_-])', ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-{an:150}', '"access_token": "xoxe.xoxb-1-{an:160}"'], ['xoxe.xoxp-1-RANDOMSTRINGHERE', 'xoxe.xoxp-1-{an:30}']),
    slackToken('config-refresh-token', 'Slack app configuration refresh token', ['xoxe-'], prefixedTokenPattern('xoxe-', '\\d-[A-Za-z0-9]{60,400}'), ['SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-{an:146}', '"refresh_token": "xoxe-1-{an:140}"'], ['SLACK_TOKEN=xoxe-1-xxx', 'xoxe-1-{an:30}']),
    slackToken('legacy-token', 'Slack legacy user token', ['xoxs-', 'xoxo-'], prefixedTokenPattern('xox[os]-', '\\d{6,14}-\\d{6,14}-\\d{6,14}-[A-Za-z0-9]{10,64}'), [
        'SLACK_LEGACY_TOKEN=xoxs-{d:12}-{d:12}-{d:12}-{hex:10}',
        '"token": "xoxo-{d:9}-{d:9}-{d:9}-{hex:18}"',
    ], ['xoxs-{d:12}-{d:12}-{hex:10}', 'xoxs-{d:3}-{d:3}-{d:3}-{hex:10}']),
    slackToken('legacy-workspace-token', 'Slack legacy workspace access or refresh token', ['xoxa-', 'xoxr-'], prefixedTokenPattern('xox[ar]-', '(?:\\d{1,14}-){0,4}[A-Za-z0-9]{8,48}'), [
        '"access_token": "xoxa-2-{d:9}-{d:11}-{d:13}-{hex:18}"',
        'SLACK_REFRESH_TOKEN=xoxr-{d:1}-{lan:12}',
    ], ['https://github.com/xoxa-nyc/xoxa-nyc.github.io', 'xoxa-{lan:4}']),
    {
        id: 'slack-webhook-url',
        description: 'Slack incoming webhook or workflow trigger URL',
        secretType: 'Slack Token',
        provider: 'slack',
        strength: 'prefixed',
        keywords: ['hooks.slack.com'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{30,200})(?![A-Za-z0-9_/-])',
        examples: {
            positive: [
                'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{uan:8}/B{uan:10}/{an:24}',
                'webhook: "https://hooks.slack.com/workflows/T{uan:10}/A{uan:10}/{d:18}/{an:24}"',
            ],
            negative: [
                'https://hooks.slack.com/services/T{uan:8}',
                'see hooks.slack.com/services/ for details',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/square.ts

// Credentials: https://developer.squareup.com/docs/build-basics/access-tokens — access tokens are
// `EAAA` + 60 base64url characters (older ones `sq0atp-` + 22 or more); application secrets are
// `sq0csp-` + 43 base64url characters.
/** Square access tokens and OAuth application secrets. */
const squareDetectors = [
    {
        id: 'square-access-token',
        description: 'Square access token',
        secretType: 'Square Access Token',
        provider: 'square',
        strength: 'prefixed',
        keywords: ['eaaa', 'sq0atp-'],
        pattern: prefixedTokenPattern('(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22,60})', '').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: ['SQUARE_ACCESS_TOKEN=EAAA{b64u:60}', "square:\n  token: 'sq0atp-{b64u:22}'"],
            negative: ['EAAA{an:40}', 'sq0atp-{an:12}', 'EAAA{an:50}', 'sq0atp-{an:70}'],
        },
    },
    {
        id: 'square-oauth-secret',
        description: 'Square OAuth application secret',
        secretType: 'Square OAuth Secret',
        provider: 'square',
        strength: 'prefixed',
        keywords: ['sq0csp-'],
        // detect-secrets also admits a backslash in the body; so do we.
        pattern: prefixedTokenPattern('sq0csp-', '[A-Za-z0-9_\\\\\\]^-]{43}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: ['SQUARE_APP_SECRET=sq0csp-{b64u:43}', '  "squareSecret": "sq0csp-{an:43}"'],
            negative: ['sq0csp-{an:20}', 'sq0csp-{an:50}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/stripe.ts
// API keys: https://docs.stripe.com/keys — secret `sk_`, restricted `rk_`, then the mode (`live_`
// or `test_`) and at least 24 base62 characters (newer keys carry about 99). Publishable `pk_`
// keys are public and not reported.
/** Stripe live and test secret and restricted keys. */
const stripeDetectors = [
    {
        id: 'stripe-live-key',
        description: 'Stripe live secret or restricted API key',
        secretType: 'Stripe Access Key',
        provider: 'stripe',
        strength: 'prefixed',
        keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
        // detect-secrets matches the prefix and exactly 24 characters, so it hashes that much.
        pattern: '(?<![A-Za-z0-9_])(?<secret>(?<hashed>[rs]k_live_[A-Za-z0-9]{24})[A-Za-z0-9]{0,230}|[rs]k_prod_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'STRIPE_SECRET_KEY=sk_live_{an:24}',
                "stripe.api_key = 'rk_live_51{an:97}'",
                '  "stripeKey": "sk_live_51{an:97}"',
            ],
            negative: ['sk_live_{an:16}', 'task_live_{an:30}', 'pk_live_{an:30}'],
        },
    },
    {
        id: 'stripe-test-key',
        description: 'Stripe test-mode secret or restricted API key',
        secretType: 'Stripe Access Key',
        provider: 'stripe',
        strength: 'prefixed',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>[rs]k_test_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'STRIPE_SECRET_KEY=sk_test_{an:24}',
                'const stripe = new Stripe("rk_test_51{an:97}");',
            ],
            negative: ['nonMatchingToken := "task_test_{lan:30}"', 'sk_test_{an:12}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/telegram.ts
// Bot tokens: https://core.telegram.org/bots/api#authorizing-your-bot — the bot's numeric id,
// `:`, then 35 base64url characters. Issued tokens start the second part with `AA`, which is
// distinctive enough to report anywhere; other shapes need `telegram` on the line.
/** Telegram bot API tokens. */
const telegramDetectors = [
    {
        id: 'telegram-bot-token',
        description: 'Telegram bot API token',
        secretType: 'Telegram Bot Token',
        provider: 'telegram',
        strength: 'prefixed',
        keywords: [':aa'],
        pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['BOT_TOKEN={d:10}:AA{b64u:33}', 'bot = telebot.TeleBot("{d:9}:AA{an:33}")'],
            negative: ['{d:10}:AA{an:30}', '{d:3}:AA{an:33}'],
        },
    },
    {
        id: 'telegram-bot-token-named',
        description: 'Telegram bot API token near the word telegram',
        secretType: 'Telegram Bot Token',
        provider: 'telegram',
        strength: 'contextual',
        keywords: ['telegram'],
        contextLines: 1,
        pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['TELEGRAM_TOKEN={d:8}:Ak{b64u:33}', 'telegram bot: {d:5}:Ab{an:33}'],
            negative: ['telegram chat {d:4}:Ak{an:33}', 'telegram chat {d:8}:Ak{an:34}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/twilio.ts

// SIDs: https://www.twilio.com/docs/glossary/what-is-a-sid — two letters naming the resource
// (SK API key, AC account) then 32 lower-case hex characters.
/** Twilio API key SIDs and account SIDs, as detect-secrets reports them. */
const twilioDetectors = [
    {
        id: 'twilio-api-key',
        description: 'Twilio API key SID',
        secretType: 'Twilio API Key',
        provider: 'twilio',
        strength: 'prefixed',
        keywords: [],
        // No literal keyword is rarer than the SID's own shape, so that shape picks the lines.
        trigger: 'SK[0-9a-f]{32}',
        pattern: prefixedTokenPattern('SK', '[0-9a-f]{32}'),
        examples: {
            positive: ['TWILIO_API_KEY=SK{hex:32}', '<twilioToken>\n    SK{hex:32}\n</twilioToken>'],
            negative: ['SK{hex:20}', 'TASK{hex:32}', 'SK{HEX:32}'],
        },
    },
    {
        id: 'twilio-account-sid',
        description: 'Twilio account SID',
        secretType: 'Twilio API Key',
        provider: 'twilio',
        strength: 'prefixed',
        keywords: [],
        trigger: 'AC[0-9a-f]{32}',
        pattern: prefixedTokenPattern('AC', '[0-9a-f]{32}'),
        examples: {
            positive: ['TWILIO_ACCOUNT_SID=AC{hex:32}', 'client = Client("AC{hex:32}", auth_token)'],
            negative: ['AC{hex:31}', 'TRAC{hex:32}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/index.ts















/** Detectors of this group, in registry order. */
const detectors = [
    ...awsDetectors,
    ...githubDetectors,
    ...gitlabDetectors,
    ...slackDetectors,
    ...stripeDetectors,
    ...twilioDetectors,
    ...sendgridDetectors,
    ...mailchimpDetectors,
    ...npmDetectors,
    ...pypiDetectors,
    ...openaiDetectors,
    ...discordDetectors,
    ...telegramDetectors,
    ...squareDetectors,
    ...artifactoryDetectors,
];

// EXTERNAL MODULE: ./src/scanner/entropy.ts
var entropy = __nccwpck_require__(8667);
;// CONCATENATED MODULE: ./src/scanner/detectors/generic/util.ts
const codeExtensions = new Set([
    'cls',
    'java',
    'js',
    'jsx',
    'mjs',
    'cjs',
    'ts',
    'tsx',
    'py',
    'pyi',
    'swift',
    'tf',
    'kt',
    'kts',
    'scala',
    'groovy',
    'rb',
    'php',
    'cs',
    'c',
    'h',
    'cc',
    'cpp',
    'hpp',
    'm',
    'mm',
    'rs',
    'dart',
    'ps1',
    'lua',
    'pl',
    'r',
    'ex',
    'exs',
    'vue',
    'svelte',
]);
const configExtensions = new Set([
    'ini',
    'cfg',
    'cnf',
    'conf',
    'cf',
    'properties',
    'toml',
    'env',
    'envrc',
    'tfvars',
    'hcl',
    'example',
    'sample',
    'template',
    'tpl',
    'local',
    'npmrc',
    'pypirc',
    'netrc',
    'gradle',
    'bat',
    'cmd',
]);
/** The kind of file at `path`, from its extension (or its name for dotfiles such as `.env`). */
function fileKind(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1) : name;
    if (ext === 'go')
        return 'go';
    if (ext === 'yaml' || ext === 'yml')
        return 'yaml';
    if (ext === 'xml' || ext === 'config' || ext === 'csproj' || ext === 'props')
        return 'xml';
    if (codeExtensions.has(ext))
        return 'code';
    if (configExtensions.has(ext) || name.startsWith('.env'))
        return 'config';
    return 'other';
}
/** Whether unquoted values count in this kind of file (config files, YAML, scripts, text). */
function allowsUnquoted(kind) {
    return kind === 'config' || kind === 'yaml' || kind === 'other';
}
/** Calls `visit(lineStart, lineEnd)` for each line that starts inside the segment. */
function forEachLine(segment, visit) {
    const { text } = segment;
    let start = segment.start;
    while (start < segment.end) {
        let end = text.indexOf('\n', start);
        if (end === -1 || end > segment.end)
            end = segment.end;
        let contentEnd = end;
        if (contentEnd > start && text.charCodeAt(contentEnd - 1) === 13)
            contentEnd--;
        visit(start, contentEnd);
        start = end + 1;
    }
}
/** Shannon entropy over the characters of `charset` only, as detect-secrets computes it. */
function charsetEntropy(data, charset) {
    if (data.length === 0)
        return 0;
    const member = charsetTable(charset);
    const counts = new Uint32Array(128);
    for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (code < 128 && member[code] === 1)
            counts[code] = counts[code] + 1;
    }
    let entropy = 0;
    for (const count of counts) {
        if (count === 0)
            continue;
        const p = count / data.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
const charsetTables = new Map();
/** A membership table for an ASCII charset (index by char code below 128), built once per charset. */
function charsetTable(charset) {
    let table = charsetTables.get(charset);
    if (!table) {
        table = new Uint8Array(128);
        for (let i = 0; i < charset.length; i++)
            table[charset.charCodeAt(i)] = 1;
        charsetTables.set(charset, table);
    }
    return table;
}
/** Builds a match for `value` at absolute offset `start`. */
function rawMatch(start, secret, hashed) {
    return {
        start,
        end: start + secret.length,
        secret,
        ...(hashed !== undefined && hashed !== secret && { hashed }),
    };
}
/** Splits an identifier into lower-case words: `mySecret_KEY2` gives my, secret, key2. */
function identifierWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9ñ]+/)
        .filter(Boolean);
}
/** Whether the text around a value names a hash, checksum or other non-secret digest. */
const digestContext = /(?:sha\d{0,3}|md5|hash|checksum|chksum|digest|integrity|commit|githead|srcrev|revision|\brev\b|etag|fingerprint|nonce|salt|uuid|guid|version|public|pubkey|cert(?:ificate)?s?\b|signature|authenticity|csrf|\bfp\b)/i;
/** Prefixes of provider tokens that provider detectors judge; a value they rejected is a near miss. */
const providerPrefix = /^(?:xox[a-z]?[-.]|sgp_|sntr[a-z]{1,2}_|gh[pousr]_|github_pat_|glpat-|[sr]k[_-](?:live|test|proj|ant)?|AKIA|ASIA|AIza|hf_|npm_|pypi-|dop_v1_|shp(?:at|ss|ca|pa)_|bedrock-api-key-|cmVm|AKCp|SG\.|xapp-|EAA)/i;
/** CamelCase or word-like text (identifiers, CSS classes), not generated data. */
function isWordy(value) {
    const words = value.match(/[A-Z]?[a-z]{3,}/g) ?? [];
    const letters = words.reduce((sum, word) => sum + word.length, 0);
    return letters / value.length > 0.6;
}

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/auth.ts


/** Whether a credential value is a reference or a placeholder rather than a literal. */
function isReference(value) {
    return /^[$%<[{(*]|^\.{3}|\$\{|\$\(|\{\{/.test(value);
}
function looksRandom(value, minLength) {
    if (value.length < minLength)
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((regex) => regex.test(value)).length;
    return classes >= 2 && (0,entropy/* shannonEntropy */.l)(value) >= Math.min(2.7, Math.log2(value.length) * 0.8);
}
// RFC 3986 userinfo: scheme://user:password@host. detect-secrets hashes the password.
const urlCredentials = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/([^\s:/?#[\]@{}'"`<>]{0,200}):([^\s:/?#[\]@{}'"`<>]{1,300})@(?=[A-Za-z0-9[_-])/g;
/** Credentials inside URLs and connection URIs (detect-secrets BasicAuthDetector). */
const basicAuthDetector = {
    id: 'basic-auth',
    description: 'Password in a URL or connection URI (scheme://user:password@host)',
    secretType: 'Basic Auth Credentials',
    provider: 'generic',
    strength: 'generic',
    keywords: ['://'],
    detect: (segment) => {
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        urlCredentials.lastIndex = 0;
        let match;
        while ((match = urlCredentials.exec(slice)) !== null) {
            const password = match[3];
            if (isReference(password) || isReference(match[2]))
                continue;
            const at = match.index + match[0].length - 1 - password.length;
            out.push(rawMatch(segment.start + at, password));
        }
        return out;
    },
    examples: {
        positive: [
            'DATABASE_URL=postgres://app:{an:16}@db.internal:5432/app',
            'const mirror = "https://deploy:{l:5}{d:4}{u:3}@git.internal/repo.git";',
        ],
        negative: [
            'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app',
            'url = "https://user:password@host"',
        ],
    },
};
// ADO.NET / ODBC / JDBC keyword connection strings: `Server=…;User Id=…;Password=…;`.
const connectionPassword = /(?<![A-Za-z0-9_])(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}([^;'"\s&<>]{1,200})(?=$|[;'"\s&<])/gi;
const connectionContext = /(?:server|data source|host|hostname|database|initial catalog|uid|user id|user|username|dsn|jdbc:)[ \t]{0,3}[=:]/i;
/** Passwords in keyword connection strings (ADO.NET, ODBC, JDBC query parameters). */
const connectionStringDetector = {
    id: 'connection-string',
    description: 'Password in a database connection string (Server=…;Password=…)',
    secretType: 'Connection String Password',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    detect: (segment) => {
        const out = [];
        forEachLine(segment, (start, end) => {
            const line = segment.text.slice(start, end);
            if (!connectionContext.test(line) || !/[;&]/.test(line))
                return;
            connectionPassword.lastIndex = 0;
            let match;
            while ((match = connectionPassword.exec(line)) !== null) {
                const password = match[1];
                const before = line.slice(0, match.index);
                if (!/[;&?]\s{0,3}$|^\s{0,40}["'`]?$|["'`]\s{0,3}$/.test(before) && !/[;&]/.test(before))
                    continue;
                if (isReference(password) || password.length < 4)
                    continue;
                out.push(rawMatch(start + match.index + match[0].length - password.length, password));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'conn = "Server=db01;Database=app;User Id=app;Password={an:14};"',
            'jdbc.url=jdbc:sqlserver://db01:1433;databaseName=app;user=app;password={l:4}{d:4}{u:4}',
        ],
        negative: [
            'conn = "Server=db01;Database=app;User Id=app;Password=$(DB_PASS);"',
            'conn = "Server=db01;Database=app;User Id=app;Password=;"',
        ],
    },
};
const curlUser = /(?:^|\s)(?:-u|--user)(?:[ \t]{1,5}|=)(?:(["']?)([^"'`\s:]{0,100})\1:(["']?)([^"'`\s]{0,200})\3(?![^\s])|(["'])([^"'`\s]{0,200})\5|([^\s"'`]{1,300}))/g;
function stripBraces(value) {
    return /^\{[A-Za-z0-9_-]{6,}\}$/.test(value) ? value.slice(1, -1) : value;
}
function inCurl(text, at) {
    const before = text.slice(Math.max(0, at - 1500), at);
    const lastCurl = before.lastIndexOf('curl');
    if (lastCurl === -1)
        return false;
    // The option belongs to the same command: same line, or lines joined by a trailing backslash.
    const lines = before.slice(lastCurl).split(/\r?\n/);
    return lines.slice(0, -1).every((line) => /\\[ \t]*$/.test(line));
}
/** `curl -u user:password` and `curl --user`: the password (or a lone user token) (corpus curl-auth-user). */
const curlUserDetector = {
    id: 'curl-basic-auth',
    description: 'Credentials passed to curl with -u / --user',
    secretType: 'Basic Auth Credentials',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['-u ', '-u\t', '-u=', '--user'],
    detect: (segment) => {
        const out = [];
        const { text } = segment;
        forEachLine(segment, (start, end) => {
            const line = text.slice(start, end);
            curlUser.lastIndex = 0;
            let match;
            while ((match = curlUser.exec(line)) !== null) {
                if (!inCurl(text, start + match.index))
                    continue;
                let pair = match[6];
                let user = match[2];
                let password = match[4];
                if (pair === undefined && user === undefined)
                    pair = match[7];
                if (pair !== undefined) {
                    const colon = pair.indexOf(':');
                    if (colon === -1)
                        continue;
                    user = pair.slice(0, colon);
                    password = pair.slice(colon + 1);
                }
                user = stripBraces(user ?? '');
                password = stripBraces(password ?? '');
                if (/^[$%<[{(*]/.test(user) ||
                    isReference(password) ||
                    /\$[A-Za-z_{(]/.test(user + password))
                    continue;
                const secret = password !== '' ? password : user;
                if (password === '' && !looksRandom(secret, 8))
                    continue;
                if (secret.length < 4)
                    continue;
                const at = line.indexOf(secret, match.index + (password !== '' ? user.length : 0));
                if (at >= 0)
                    out.push(rawMatch(start + at, secret));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'curl -u deploy:{an:16} https://ci.internal/api',
            "curl --user 'api:{l:6}{d:4}' https://api.internal/v1",
        ],
        negative: [
            'curl -u "$USER:$PASS" https://ci.internal/api',
            'curl --user user:pass https://ci.internal/api',
            'curl -u "{l:8}"',
        ],
    },
};
const authHeader = /(?:^|[\s"'`{,])((?:Proxy-)?Authorization|[\w-]{0,30}api[_-]?(?:key|token)|[\w-]{0,30}auth[_-]?token|x-[\w-]{0,30}-token|token|apikey)[ \t]{0,3}:[ \t]{0,3}(?:(Basic|Bearer|Token|Api-Token|Digest|JWT|OAuth|SSWS|Key)[ \t]{1,3})?([^\s"'`]{1,4000})/gi;
/** HTTP authorization headers with a literal credential, in curl commands and header strings (corpus curl-auth-header). */
const authHeaderDetector = {
    id: 'http-auth-header',
    description: 'Credential in an HTTP Authorization or API-key header',
    secretType: 'Authorization Header',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['authorization', 'api-key', 'apikey', 'api_key', 'api-token', 'token:', '-token'],
    detect: (segment) => {
        const out = [];
        const { text } = segment;
        forEachLine(segment, (start, end) => {
            const line = text.slice(start, end);
            authHeader.lastIndex = 0;
            let match;
            while ((match = authHeader.exec(line)) !== null) {
                const nameAt = match.index + match[0].indexOf(match[1]);
                const quotedHeader = /["'`]$/.test(line.slice(0, nameAt));
                const curlHeader = /(?:-H|--header)[ \t]{1,5}["']?$/.test(line.slice(0, nameAt)) &&
                    inCurl(text, start + nameAt + 1);
                if (!quotedHeader && !curlHeader)
                    continue;
                const scheme = (match[2] ?? '').toLowerCase();
                const value = match[3].replace(/[\\,;)]+$/, '');
                if (isReference(value))
                    continue;
                if (scheme === 'basic') {
                    const decoded = Buffer.from(value, 'base64').toString('latin1');
                    if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || !decoded.includes(':'))
                        continue;
                }
                else if (!looksRandom(value, 8))
                    continue;
                out.push(rawMatch(start + match.index + match[0].length - match[3].length, value));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'curl -H "Authorization: Bearer {an:32}" https://api.internal/v1',
            "curl --header 'X-Api-Key: {hex:32}' https://api.internal/v1",
        ],
        negative: [
            'curl -H "Authorization: Bearer $TOKEN" https://api.internal',
            'curl -H "Authorization: Basic ..." https://x',
        ],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/entropy.ts

// detect-secrets' HighEntropyString plugins: a quoted string made only of the charset whose
// entropy (counted over the charset) is strictly above the limit; in YAML and INI-style files the
// parsed (unquoted) value counts too.
const base64Charset = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=';
const hexCharset = '0123456789abcdefABCDEF';
const base64Kind = {
    charset: base64Charset,
    limit: 4.5,
    minLength: 20,
    entropy: (value) => charsetEntropy(value, base64Charset),
    // Credentials are short; kilobytes of base64 are embedded files (fonts, WebAssembly, images).
    plausible: (value) => value.length <= 256 &&
        /[0-9+/]/.test(value) &&
        /[a-z]/.test(value) &&
        /[A-Z]/.test(value) &&
        !/^(?:[A-Za-z-]{3,}\/){1,20}[A-Za-z-]{3,}$/.test(value) &&
        !/^[A-Za-z]{1,40}(?:[_-][A-Za-z0-9]{1,40}){3,}$/.test(value),
};
const hexKind = {
    charset: hexCharset,
    limit: 3.0,
    minLength: 16,
    entropy: (value) => {
        const entropy = charsetEntropy(value, hexCharset);
        // All-digit strings are mostly numbers, not secrets: detect-secrets lowers their entropy,
        // less so the longer they are.
        if (value.length > 1 && /^[0-9]+$/.test(value))
            return entropy - 1.2 / Math.log2(value.length);
        return entropy;
    },
    plausible: (value) => /[a-fA-F]/.test(value) || value.length >= 20,
};
const unquotedLine = /^[ \t]{0,40}(?:export[ \t]{1,4})?([\w.-]{1,100})[ \t]{0,20}[:=][ \t]{0,20}([^ \t'"#;]{16,1000})[ \t]{0,20}(?:[#;].{0,1000})?$/d;
function isCharset(value, charset) {
    const member = charsetTable(charset);
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code >= 128 || member[code] !== 1)
            return false;
    }
    return true;
}
function accept(kind, value, before) {
    if (value.length < kind.minLength)
        return false;
    if (!(kind.entropy(value) > kind.limit))
        return false;
    if (!kind.plausible(value) || providerPrefix.test(value) || isWordy(value))
        return false;
    return !digestContext.test(before.slice(-60));
}
function scanLine(kind, text, start, end, unquoted, out) {
    const line = text.slice(start, end);
    const member = charsetTable(kind.charset);
    let found = false;
    for (let i = 0; i < line.length; i++) {
        const quote = line[i];
        if (quote !== '"' && quote !== "'")
            continue;
        let j = i + 1;
        for (let code = line.charCodeAt(j); code < 128 && member[code] === 1; code = line.charCodeAt(++j))
            ;
        if (j > i + 1 && line[j] === quote) {
            const value = line.slice(i + 1, j);
            if (accept(kind, value, line.slice(0, i))) {
                out.push(rawMatch(start + i + 1, value));
                found = true;
            }
            i = j;
        }
    }
    if (found || !unquoted)
        return;
    const match = unquotedLine.exec(line);
    const value = match?.[2];
    const at = match?.indices?.[2]?.[0];
    if (value === undefined || at === undefined || !isCharset(value, kind.charset))
        return;
    if (accept(kind, value, line.slice(0, at)))
        out.push(rawMatch(start + at, value));
}
/**
 * Both entropy detectors look only at quoted strings and at values after `=` / `:`, so the opening
 * quote or operator anchors the trigger: a bare character-class run would test every byte.
 */
const entropyTrigger = '["\'`=:][ \\t]{0,3}[A-Za-z0-9+/=_-]{16}';
function entropyDetect(kind) {
    return (segment) => {
        const file = fileKind(segment.path);
        const unquoted = file === 'config' || file === 'yaml';
        const out = [];
        forEachLine(segment, (start, end) => scanLine(kind, segment.text, start, end, unquoted, out));
        return out;
    };
}
/** detect-secrets' Base64HighEntropyString: quoted (or parsed config) base64 strings above 4.5 bits. */
const base64EntropyDetector = {
    id: 'high-entropy-base64',
    description: 'High-entropy base64 string (detect-secrets Base64HighEntropyString)',
    secretType: 'Base64 High Entropy String',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    trigger: entropyTrigger,
    detect: entropyDetect(base64Kind),
    examples: {
        positive: ['SIGNING_SEED = "{an:20}+{b64:24}="', "const seed = '{an:22}/{an:20}';"],
        negative: [
            'SIGNING_SEED = "aaaaaaaaaaaaBBBBBBBBBBBB111"',
            'integrity = "sha512-{b64:60}"',
            'seed = "{an:10}"',
        ],
    },
};
/** detect-secrets' HexHighEntropyString: quoted (or parsed config) hex strings above 3.0 bits. */
const hexEntropyDetector = {
    id: 'high-entropy-hex',
    description: 'High-entropy hex string (detect-secrets HexHighEntropyString)',
    secretType: 'Hex High Entropy String',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    trigger: entropyTrigger,
    detect: entropyDetect(hexKind),
    examples: {
        positive: ['CACHE_HEX = "{hex:40}"', "signing = '{hex:32}'"],
        negative: ['commit_sha = "{hex:40}"', 'CACHE_HEX = "1212121212121212"'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/ibm-azure.ts

/** Cloud credentials that detect-secrets reports under their own type names (IBM, Azure). */
const cloudCredentialDetectors = [
    // Azure storage account keys are 64 random bytes, base64 (88 characters) after `AccountKey=` in
    // connection strings: https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
    {
        id: 'azure-storage-key',
        description: 'Azure storage account key in a connection string',
        secretType: 'Azure Storage Account access key',
        provider: 'azure',
        strength: 'contextual',
        keywords: ['accountkey='],
        pattern: '(?<hashed>AccountKey=(?<secret>[A-Za-z0-9+/]{86}==))(?![A-Za-z0-9+/=])',
        flags: 'i',
        examples: {
            positive: [
                'AZURE_STORAGE="DefaultEndpointsProtocol=https;AccountName=app;AccountKey={b64:86}==;EndpointSuffix=core.windows.net"',
                'connection: DefaultEndpointsProtocol=https;AccountName=logs;AccountKey={b64:86}==',
            ],
            negative: ['AccountKey=<your-account-key>'],
        },
    },
    // IBM Cloud IAM API keys: 44 characters of base64url, assigned to an ibm/iam name.
    // https://cloud.ibm.com/docs/account?topic=account-manapikey
    {
        id: 'ibm-cloud-iam-key',
        description: 'IBM Cloud IAM API key',
        secretType: 'IBM Cloud IAM Key',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['ibm_', 'ibm-', 'ibm.', 'iam_', 'iam-', 'ibmcloud', 'iamapikey', 'iam.'],
        contextLines: 1,
        minEntropy: 4,
        pattern: assignedSecretPattern('(?:ibm|iam)[\\w.-]{0,30}(?:key|token|pass|pwd)', '[A-Za-z0-9_-]{44}', '(?![A-Za-z0-9_-])'),
        flags: 'i',
        examples: {
            positive: ['IBM_CLOUD_API_KEY={an:20}_{an:23}', 'iam_apikey: "{an:22}-{an:21}"'],
            negative: ['IBM_CLOUD_API_KEY=${IBM_KEY}'],
        },
    },
    // IBM Cloud Object Storage HMAC credentials: a 48-hex-digit secret access key.
    // https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main
    {
        id: 'ibm-cos-hmac',
        description: 'IBM Cloud Object Storage HMAC secret access key',
        secretType: 'IBM COS HMAC Credentials',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['secret_access_key', 'secret-access-key', 'secretaccesskey'],
        contextLines: 1,
        minEntropy: 3,
        pattern: assignedSecretPattern('secret[_-]?access[_-]?key', '[a-f0-9]{48}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['COS_HMAC_SECRET_ACCESS_KEY={hex:48}', '"secret_access_key": "{hex:48}"'],
            negative: ['secret_access_key = "${COS_SECRET}"'],
        },
    },
    // SoftLayer (IBM Classic Infrastructure) API keys: 64 lower-case hex/alphanumeric characters.
    // https://cloud.ibm.com/docs/account?topic=account-classic_keys
    {
        id: 'softlayer-api-key',
        description: 'SoftLayer API key',
        secretType: 'SoftLayer Credentials',
        provider: 'softlayer',
        strength: 'contextual',
        keywords: ['softlayer', 'sl_', 'sl-'],
        contextLines: 1,
        minEntropy: 3.5,
        pattern: assignedSecretPattern('softlayer|(?<![A-Za-z0-9])sl[_-]', '[a-z0-9]{64}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['SOFTLAYER_API_KEY={lan:64}', 'sl_api_key: "{lan:64}"'],
            negative: ['SOFTLAYER_API_KEY=$SL_KEY'],
        },
    },
    {
        id: 'softlayer-api-url',
        description: 'SoftLayer API key in an API URL',
        secretType: 'SoftLayer Credentials',
        provider: 'softlayer',
        strength: 'contextual',
        keywords: ['api.softlayer.com'],
        pattern: 'api\\.softlayer\\.com/(?:soap|rest)/v3(?:\\.1)?/(?<secret>[a-z0-9]{64})(?![A-Za-z0-9])',
        flags: 'i',
        examples: {
            positive: [
                'endpoint = "https://api.softlayer.com/soap/v3.1/{lan:64}"',
                'curl https://api.softlayer.com/rest/v3/{lan:64}',
            ],
            negative: ['https://api.softlayer.com/rest/v3/SoftLayer_Account'],
        },
    },
    // Cloudant legacy credentials: a 64-hex password or a 24-letter API key next to a cloudant name.
    // https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant
    {
        id: 'cloudant-password',
        description: 'IBM Cloudant password or legacy API key',
        secretType: 'Cloudant Credentials',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['cloudant'],
        contextLines: 1,
        minEntropy: 3,
        pattern: assignedSecretPattern('cloudant', '[0-9a-f]{64}|[a-z]{24}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['CLOUDANT_PASSWORD={hex:64}', 'cloudant_api_key: "{l:24}"'],
            negative: ['CLOUDANT_PASSWORD=${CLOUDANT_PW}', 'cloudant_database: "{l:10}"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/ip.ts

const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4 = new RegExp(`(?<![\\w.])${octet}(?:\\.${octet}){3}(?::\\d{1,5})?(?![\\w.])`, 'g');
/** Private, loopback, link-local, multicast and reserved IPv4 ranges (RFC 1918, 3927, 5735). */
function isNonPublic(ip) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return (a === 0 ||
        a === 10 ||
        a === 127 ||
        a >= 224 ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 169 && b === 254) ||
        (a === 100 && b >= 64 && b <= 127));
}
/** Public IPv4 addresses (detect-secrets IPPublicDetector); off by default, since most are not secrets. */
const ipPublicDetector = {
    id: 'ip-public',
    description: 'Public IPv4 address',
    secretType: 'Public IP (ipv4)',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    trigger: '[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]',
    enabledByDefault: false,
    detect: (segment) => {
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        ipv4.lastIndex = 0;
        let match;
        while ((match = ipv4.exec(slice)) !== null) {
            if (!isNonPublic(match[0]))
                out.push(rawMatch(segment.start + match.index, match[0]));
        }
        return out;
    },
    examples: {
        positive: ['upstream = "8.{d:1}.1{d:1}.2{d:1}"', 'HOST_IP=8{d:1}.1{d:2}.2{d:1}.1{d:1}'],
        negative: ['listen = "192.168.{d:1}.{d:2}"', 'version = "1.2.3.4.5"'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/keyword.ts


// detect-secrets' KeywordDetector: a value assigned to a secret-sounding name. Code files need the
// value quoted; config files, YAML, scripts and text may leave it bare. Names that only suggest a
// credential (token, key, credentials, auth) also count when the value looks generated.
/** detect-secrets 1.5's denylist: any value assigned to these names is reported. */
const denylist = /api_?key|auth_?key|service_?key|account_?key|db_?key|database_?key|priv_?key|private_?key|client_?key|db_?pass|database_?pass|key_?pass|password|passwd|pwd|secret|contraseña|contrasena/i;
/** Words that name a credential without detect-secrets listing them; the value must look generated. */
const credentialNouns = new Set([
    'token',
    'tokens',
    'key',
    'keys',
    'apikey',
    'apitoken',
    'accesstoken',
    'authtoken',
    'secret',
    'secrets',
    'credential',
    'credentials',
    'creds',
    'cred',
    'auth',
    'passphrase',
    'pass',
    'pat',
    'bearer',
    'accesskey',
    'secretkey',
    'privatekey',
    'password',
    'passwd',
    'pwd',
]);
/** Name words that make the value something other than a credential (an id, a path, a hash...). */
const excludedWords = new Set([
    'id',
    'ids',
    'uid',
    'guid',
    'uuid',
    'name',
    'names',
    'file',
    'filename',
    'files',
    'path',
    'paths',
    'dir',
    'url',
    'uri',
    'urls',
    'endpoint',
    'host',
    'hostname',
    'length',
    'len',
    'size',
    'type',
    'types',
    'kind',
    'field',
    'fields',
    'label',
    'hash',
    'hashed',
    'digest',
    'checksum',
    'salt',
    'policy',
    'pattern',
    'regex',
    'format',
    'prefix',
    'suffix',
    'header',
    'headers',
    'param',
    'params',
    'parameter',
    'prompt',
    'placeholder',
    'hint',
    'count',
    'index',
    'event',
    'mode',
    'enabled',
    'enable',
    'required',
    'min',
    'max',
    'version',
    'public',
    'pub',
    'primary',
    'foreign',
    'sort',
    'partition',
    'bucket',
    'cache',
    'vault',
    'store',
    'ref',
    'env',
    'var',
    'variable',
    'arn',
    'region',
    'location',
    'expiry',
    'expires',
    'expiration',
    'ttl',
    'timeout',
    'input',
    'column',
    'table',
    'template',
    'class',
    'method',
    'function',
    'callback',
    'handler',
    'error',
    'message',
    'msg',
    'description',
    'desc',
    'title',
    'question',
    'keystore',
    'keyring',
    'keychain',
    'source',
    'algorithm',
    'alg',
    'algo',
    'scheme',
    'usage',
    'scope',
    'scopes',
    'audience',
    'issuer',
    'pressed',
    'down',
    'up',
    'code',
    'codes',
    'map',
    'mapping',
    'csrf',
    'xsrf',
    'schema',
    'sequence',
    'pair',
    'size',
    'vaultname',
    'reset',
    'confirmation',
    'strength',
    'validator',
    'validation',
    'accessor',
    'manager',
    'provider',
    'service',
    'lookup',
    'selector',
    'user',
    'username',
    'login',
    'email',
    'account',
    'owner',
    'policies',
    'role',
    'rotation',
    'created',
    'updated',
    'last',
]);
/** `service_key`, `account_key`, `client_secret`...: excluded words that still read as secrets here. */
const denylistWordsKept = new Set(['service', 'account', 'user', 'login']);
// name, closing quote/bracket, operator, optional opening bracket, optional quote, value.
const assignment = /(?<![\p{L}\p{N}_.$@-])([$@]?[\p{L}_][\p{L}\p{N}_.-]{0,80})(?:["'`]\]?|\])?[ \t]{0,5}(=>|:=|::?=|\?=|\+=|\.=|={1,3}|!==?|:|,)[ \t]{0,5}(?:[([][ \t]{0,3})?(["'`]?)([^\s"'`]{1,500})/du;
// "value" == password (reverse comparison).
const reverseComparison = /(["'])([^\s"'`]{1,500})\1[ \t]{0,5}[!=]={1,2}[ \t]{0,5}([\p{L}_][\p{L}\p{N}_.]{0,80})/du;
const placeholderValues = new Set([
    'true',
    'false',
    'null',
    'none',
    'nil',
    'undefined',
    'string',
    'str',
    'password',
    'secret',
    'token',
    'required',
    'optional',
    'empty',
    'default',
    'dummy',
    'test',
    'todo',
    'hidden',
    'unset',
]);
function looksGenerated(value) {
    if (value.length < 10 || value.length > 500)
        return false;
    if (!/^[\w+/=.~!@#$%^&*:-]+$/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
    if (classes < 2)
        return false;
    if (/^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value.split('.').pop() ?? ''))
        return false;
    if (/^(?:[A-Za-z]{2,}[_-]){2,}[A-Za-z0-9]{1,}$/.test(value))
        return false;
    const limit = Math.min(3.4, Math.log2(value.length) * 0.85);
    return (0,entropy/* shannonEntropy */.l)(value) >= limit;
}
function nameWordsOk(words, inDenylist) {
    return !words.some((word) => excludedWords.has(word) && !(inDenylist && denylistWordsKept.has(word)));
}
function judge(name, value, quoted, kind) {
    if (kind === 'xml' && /^(?:key|name|id|value|type)$/i.test(name))
        return false;
    if (placeholderValues.has(value.toLowerCase()) || providerPrefix.test(value))
        return false;
    if (/:\/\/|^www\.|@sha\d|^sha\d{1,3}:|[{}]/i.test(value) || isStructuralValue(value))
        return false;
    const words = identifierWords(name.replace(/^[$@]/, ''));
    const inDenylist = denylist.test(name);
    if (!nameWordsOk(words, inDenylist))
        return false;
    if (!quoted) {
        if (!allowsUnquoted(kind))
            return false;
        // A bare reference (`password = config.db.password`, `secret: SOME_VARIABLE`).
        if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value))
            return false;
        if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
            return false;
        if (/^(?:https?|file|s3|gs):\/\//i.test(value))
            return false;
    }
    if (inDenylist) {
        if (!/^[\p{L}\p{N}_]/u.test(value))
            return false;
        if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)+[-_.]?$/.test(value))
            return false;
        return value.length >= 3 && (quoted || value.length >= 6);
    }
    if (!words.some((word) => credentialNouns.has(word)))
        return false;
    if (value.toLowerCase().includes(name.replace(/^[$@]/, '').toLowerCase()) && name.length >= 4)
        return false;
    if (!/^[\p{L}\p{N}_+/-]/u.test(value) || value.includes(':') || isWordy(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
    if (value.length < 20 && !(classes === 3 && value.length >= 14))
        return false;
    return looksGenerated(value);
}
/**
 * `setProperty("API_TOKEN", "…")`: a comma counts as an assignment only between a call's first
 * argument, a multi-word name, and a quoted value; a list like `['secret-key', 'secretKey']` is not.
 */
function isCallArgumentPair(line, from, match, name, quote) {
    if (quote === '' || identifierWords(name).length < 2)
        return false;
    const nameStart = from - (match.indices?.[1]?.[1] ?? 0) + (match.indices?.[1]?.[0] ?? 0);
    return /\([ \t]{0,3}["'`]?$/.test(line.slice(Math.max(0, nameStart - 5), nameStart));
}
/** Values that are code or prose, not credentials: paths, CamelCase words, prefixes ending in `-`/`_`. */
function isStructuralValue(value) {
    return (/[-_.]$/.test(value) ||
        /^(?:\.{0,2}\/|~\/)?[\w.-]{1,100}(?:\/[\w.-]{1,100}){1,20}\.[A-Za-z]{1,5}$/.test(value) ||
        /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,}){1,8}$/.test(value));
}
function restIsEnd(rest) {
    return /^[ \t]*(?:[,;)\]}]{0,3}[ \t]*)?(?:(?:#|\/\/|\\|<!--).*)?$/.test(rest);
}
const xmlOpen = /^[ \t]*<([\p{L}_][\p{L}\p{N}_.:-]{0,80})(?:[ \t][^<>]{0,200})?>[ \t]*$/u;
const xmlValue = /^[ \t]*([^\s<>"']{1,500})[ \t]*(?:<\/([\p{L}_][\p{L}\p{N}_.:-]{0,80})>)?[ \t]*$/u;
/** `<apiToken>` on one line and the value on the next (XML elements wrapped by formatters). */
function scanXmlValue(text, start, line, kind, out) {
    if (start < 2)
        return;
    const value = xmlValue.exec(line);
    if (!value)
        return;
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const open = xmlOpen.exec(text.slice(previousStart, start - 1).replace(/\r$/, ''));
    if (!open || (value[2] !== undefined && value[2] !== open[1]))
        return;
    const secret = value[1];
    if (judge(open[1], secret, true, kind))
        out.push(rawMatch(start + line.indexOf(secret), secret));
}
function keyword_scanLine(text, start, end, kind, out) {
    const line = text.slice(start, end);
    if (line.length > 4000)
        return;
    scanXmlValue(text, start, line, kind, out);
    let from = 0;
    while (from < line.length) {
        assignment.lastIndex = 0;
        const match = assignment.exec(line.slice(from));
        if (!match?.indices)
            break;
        const [, name = '', operator = '', quote = '', rawValue = ''] = match;
        const valueStart = from + (match.indices[4]?.[0] ?? 0);
        from += match.indices[1]?.[1] ?? match.index + 1;
        if (operator === ',' && !isCallArgumentPair(line, from, match, name, quote))
            continue;
        if (kind === 'go' && quote === '')
            continue;
        let value = rawValue;
        if (quote !== '') {
            const close = value.indexOf(quote);
            const after = line.charAt(valueStart + value.length);
            if (close >= 0)
                value = value.slice(0, close);
            else if (after !== quote)
                continue;
            if (value.length === 0)
                continue;
        }
        else {
            value = value.replace(/[,;)\]}]{1,3}$/, '');
            if (!restIsEnd(line.slice(valueStart + value.length)))
                continue;
        }
        if (value.length === 0)
            continue;
        if (judge(name, value, quote !== '', kind))
            out.push(rawMatch(start + valueStart, value));
    }
    const reverse = reverseComparison.exec(line);
    if (reverse?.indices && denylist.test(reverse[3] ?? '')) {
        const value = reverse[2] ?? '';
        if (judge(reverse[3] ?? '', value, true, kind))
            out.push(rawMatch(start + (reverse.indices[2]?.[0] ?? 0), value));
    }
}
function detect(segment) {
    const kind = fileKind(segment.path);
    const out = [];
    forEachLine(segment, (start, end) => keyword_scanLine(segment.text, start, end, kind, out));
    const seen = new Set();
    return out.filter((match) => !seen.has(match.start) && (seen.add(match.start), true));
}
/** detect-secrets' KeywordDetector plus generic token/key/secret assignments with generated-looking values. */
const keywordDetector = {
    id: 'keyword',
    description: 'Secret assigned to a password, secret, key or token variable (detect-secrets KeywordDetector)',
    secretType: 'Secret Keyword',
    provider: 'generic',
    strength: 'generic',
    keywords: [
        'key=',
        'key:',
        'key"',
        "key'",
        'key ',
        'key`',
        'key]',
        'key>',
        'key\t',
        'keys',
        'pass',
        'pwd',
        'secret',
        'token',
        'cred',
        'auth',
        'contraseña',
        'contrasena',
    ],
    contextLines: 1,
    detect,
    examples: {
        positive: [
            'db_password = "{l:6}-{d:4}"',
            'password: {l:5}{d:3}x',
            'GENERIC_TOKEN={an:30}',
            '"client_token": "{l:8}{d:4}{u:6}"',
        ],
        negative: [
            'password = "${DB_PASSWORD}"',
            'password = get_password()',
            'password: $PASSWORD',
            'public_key = "{an:40}"',
            'token = "{l:12}"',
            'secret_name = "prod-db-secret"',
        ],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/manifests.ts

function documentAround(text, at) {
    const separator = /^---[ \t]*$/gm;
    let start = 0;
    let end = text.length;
    let match;
    while ((match = separator.exec(text)) !== null) {
        if (match.index <= at)
            start = match.index + match[0].length;
        else {
            end = match.index;
            break;
        }
    }
    return text.slice(start, end);
}
const dataLine = /^([ \t]*)(data|stringData):[ \t]*$/gm;
function base64Value(value) {
    if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || value.length % 4 !== 0)
        return false;
    return Buffer.from(value, 'base64').length >= 6;
}
// Kubernetes Secret objects keep values base64-encoded (not encrypted) under `data`:
// https://kubernetes.io/docs/concepts/configuration/secret/
function detectKubernetes(segment) {
    const { text } = segment;
    const out = [];
    const slice = text.slice(segment.start, segment.end);
    dataLine.lastIndex = 0;
    let match;
    while ((match = dataLine.exec(slice)) !== null) {
        const at = segment.start + match.index;
        if (!/^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im.test(documentAround(text, at)))
            continue;
        const indent = match[1].length;
        const plain = match[2] === 'stringData';
        let pos = text.indexOf('\n', at);
        while (pos !== -1 && pos < segment.end) {
            const lineStart = pos + 1;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
            pos = lineEnd === text.length ? -1 : lineEnd;
            if (/^[ \t]*(?:#.*)?$/.test(line))
                continue;
            const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
            if (lineIndent <= indent)
                break;
            const entry = /^[ \t]*[\w.-]{1,200}:[ \t]*(["']?)([^"'\s#]{1,10000})\1[ \t]*$/.exec(line);
            const blockValue = /^[ \t]*[\w.-]{1,200}:[ \t]*[|>][-+]?[ \t]*$/.test(line);
            if (blockValue && lineEnd < text.length) {
                const next = /^[ \t]+([A-Za-z0-9+/]{16,}={0,2})[ \t]*\r?$/m.exec(text.slice(lineEnd + 1, lineEnd + 20000));
                if (next && next.index === 0 && lineStart < segment.end) {
                    const value = next[1];
                    out.push(rawMatch(lineEnd + 1 + next[0].indexOf(value), value));
                }
            }
            else if (entry) {
                const value = entry[2];
                if (plain ? value.length >= 8 : base64Value(value)) {
                    out.push(rawMatch(lineStart + line.lastIndexOf(value), value));
                }
            }
        }
    }
    return out;
}
/** Values under `data` in Kubernetes Secret manifests: base64 is an encoding, not protection. */
const kubernetesSecretDetector = {
    id: 'kubernetes-secret',
    description: 'Value in the data of a Kubernetes Secret manifest',
    secretType: 'Kubernetes Secret',
    provider: 'kubernetes',
    strength: 'contextual',
    keywords: ['data:'],
    contextLines: 60,
    detect: detectKubernetes,
    examples: {
        positive: [
            'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {an:24}',
            'apiVersion: v1\ndata:\n  token: "{an:32}"\nkind: Secret\ntype: Opaque',
        ],
        negative: [
            'apiVersion: v1\nkind: ConfigMap\ndata:\n  value: {an:24}',
            'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}',
        ],
    },
};
// NuGet stores feed credentials in nuget.config; `ClearTextPassword` is unencrypted:
// https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
const nugetPassword = /<add[ \t]{1,10}key=["'](?:ClearText)?Password["'][ \t]{1,10}value=["']([^"'<>]{1,500})["'][ \t]{0,10}\/?>/gi;
/** Values from the NuGet documentation's own examples. */
const nugetDocExamples = new Set(['33f!!lloppa', 'hal+9ooo_da!sY']);
/** Clear-text package source passwords in nuget.config files. */
const nugetPasswordDetector = {
    id: 'nuget-config-password',
    description: 'Clear-text password in a nuget.config package source',
    secretType: 'NuGet Config Password',
    provider: 'nuget',
    strength: 'contextual',
    keywords: ['password'],
    detect: (segment) => {
        const credentialsBlock = segment.text.lastIndexOf('<packageSourceCredentials>', segment.start);
        const nearBlock = credentialsBlock !== -1 && segment.start - credentialsBlock < 5000;
        if (!/(?:^|\/)nuget\.config$/i.test(segment.path) && !nearBlock)
            return [];
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        nugetPassword.lastIndex = 0;
        let match;
        while ((match = nugetPassword.exec(slice)) !== null) {
            const value = match[1];
            if (nugetDocExamples.has(value) || value.length < 6)
                continue;
            out.push(rawMatch(segment.start + match.index + match[0].lastIndexOf(value), value));
        }
        return out;
    },
    examples: {
        positive: [
            '<packageSourceCredentials>\n  <Feed>\n    <add key="ClearTextPassword" value="{an:16}" />',
            '<packageSourceCredentials><Feed><add key="Password" value="{an:12}{d:4}" /></Feed>',
        ],
        negative: ['<add key="ClearTextPassword" value="%FEED_PASSWORD%" />'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/structural.ts


/** Runs a global regex over the segment and maps each match through `build`. */
function scanSegment(segment, regex, build) {
    const out = [];
    const slice = segment.text.slice(segment.start, segment.end);
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(slice)) !== null) {
        const found = build(match);
        if (found)
            out.push({ ...found, start: found.start + segment.start, end: found.end + segment.start });
        if (match[0].length === 0)
            regex.lastIndex++;
    }
    return out;
}
// PEM (RFC 7468), OpenSSH, PGP (RFC 4880) and SSH2 (RFC 4716) private key blocks; detect-secrets
// hashes the header words, such as `BEGIN RSA PRIVATE KEY`.
const pemHeader = /-{4,5}[ ]?(BEGIN (?:(?:RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED|SSH2 ENCRYPTED|ED25519|X25519) )?PRIVATE KEY(?: BLOCK)?)[ ]?-{4,5}/g;
const puttyHeader = /(PuTTY-User-Key-File-[23]): /g;
/**
 * Whether base64 key material follows the header: the first line after it (real or `\n`-escaped,
 * past PEM headers such as `Proc-Type:`) is a run of 32+ base64 characters. A header alone, as in
 * code that parses PEM files, is not a leaked key.
 */
function hasKeyBody(text, from) {
    const lines = text.slice(from, from + 2000).split(/\\[nr]|\r?\n|\r/);
    const first = lines
        .map((line) => line.trim().replace(/^["'+,\s]+|["'+,;\s]+$/g, ''))
        .find((line) => line.length > 0 && !/^[A-Za-z-]+: /.test(line));
    if (first === undefined || !/^[A-Za-z0-9+/=]{32,}$/.test(first))
        return false;
    return !/x{4,}|(.)\1{9}/i.test(first) && (0,entropy/* shannonEntropy */.l)(first) > 3.3;
}
/** PEM, OpenSSH, PGP and PuTTY private keys, reported on their BEGIN line (detect-secrets PrivateKeyDetector). */
const privateKeyDetector = {
    id: 'private-key',
    description: 'Private key block (PEM, OpenSSH, PGP, PuTTY)',
    secretType: 'Private Key',
    provider: 'generic',
    strength: 'prefixed',
    keywords: ['private key', 'putty-user-key-file-'],
    detect: (segment) => [
        ...scanSegment(segment, pemHeader, (match) => {
            const header = match[1];
            const at = segment.start + match.index + match[0].length;
            if (!hasKeyBody(segment.text, at))
                return undefined;
            return rawMatch(match.index + match[0].indexOf(header), header);
        }),
        ...scanSegment(segment, puttyHeader, (match) => {
            const at = segment.start + match.index;
            if (!/Private-Lines: \d/.test(segment.text.slice(at, at + 4000)))
                return undefined;
            return rawMatch(match.index, match[1]);
        }),
    ],
    examples: {
        positive: [
            '-----BEGIN RSA PRIVATE KEY-----\nMII{b64:60}\n{b64:64}\n-----END RSA PRIVATE KEY-----',
            '{"key": "-----BEGIN PRIVATE KEY-----\\nMII{b64:60}\\n{b64:40}\\n-----END PRIVATE KEY-----\\n"}',
        ],
        negative: [
            '-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----',
            'const header = "-----BEGIN RSA PRIVATE KEY-----";',
        ],
    },
};
function decodeBase64Url(part) {
    if (part.length % 4 === 1)
        return undefined;
    try {
        return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    }
    catch {
        return undefined;
    }
}
function jsonObject(part) {
    const decoded = decodeBase64Url(part.replace(/=+$/, ''));
    if (decoded === undefined)
        return undefined;
    try {
        const value = JSON.parse(decoded);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
// RFC 7519: base64url(JSON header with "alg").base64url(JSON claims).signature. detect-secrets hashes
// `header.payload.` (its regex stops lazily before the signature).
const jwtShape = /(?<![A-Za-z0-9_\-/+\\])(ey[A-Za-z0-9_\-/\\+]{10,2000}={0,2})\.(ey[A-Za-z0-9_\-/\\+]{4,8000}={0,2})(\.)?([A-Za-z0-9_\-/+\\]{0,2000}={0,2})(?![A-Za-z0-9_\-/+\\=])/g;
function judgeJwt(header, payload, signature) {
    const head = jsonObject(header);
    if (head)
        return ('alg' in head || 'typ' in head) && jsonObject(payload) !== undefined;
    // Not decodable: accept only a long, random-looking token of the same shape (mangled or truncated JWTs).
    return (/^ey[A-Za-z0-9]{17,}$/.test(header) &&
        /^ey[A-Za-z0-9/\\_-]{17,}$/.test(payload) &&
        (0,entropy/* shannonEntropy */.l)(header + payload + signature) > 4.2);
}
const jwtBase64 = /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{40,8000}={0,2}(?![A-Za-z0-9+/=])/g;
/** JSON Web Tokens, checked structurally, and base64-encoded JWTs (detect-secrets JwtTokenDetector). */
const jwtDetector = {
    id: 'jwt',
    description: 'JSON Web Token',
    secretType: 'JSON Web Token',
    provider: 'jwt',
    strength: 'prefixed',
    keywords: ['zxlk'],
    // Literal `ey` then ten token characters: cheap to look for, and it also catches JWTs whose
    // header is mangled or hand-written (not `eyJ`).
    trigger: 'ey[A-Za-z0-9_\\-/+]{10}',
    detect: (segment) => [
        ...scanSegment(segment, jwtShape, (match) => {
            const [whole, header = '', payload = '', dot = '', signature = ''] = match;
            if (!judgeJwt(header, payload, signature))
                return undefined;
            return rawMatch(match.index, whole, `${header}.${payload}${dot}`);
        }),
        ...scanSegment(segment, jwtBase64, (match) => {
            const decoded = Buffer.from(match[0], 'base64').toString('latin1');
            const inner = /^(eyJ[A-Za-z0-9_-]{10,})\.(eyJ[A-Za-z0-9_-]{4,})\.?([A-Za-z0-9_-]*)/.exec(decoded);
            if (!inner || !judgeJwt(inner[1], inner[2], inner[3] ?? ''))
                return undefined;
            return rawMatch(match.index, match[0]);
        }),
    ],
    examples: {
        positive: [
            'const session = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4{d:16}In0.{b64u:43}";',
            'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ5{d:20}In0.{b64u:86}',
        ],
        negative: ['const value = "eyJub3QiOiJhIGp3dCJ9.eyJ4Ijoxfq.{b64u:20}"', 'eyJ{an:8}.eyJ{an:8}'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/index.ts







/** Detectors of this group, in registry order. */
const generic_detectors = [
    privateKeyDetector,
    jwtDetector,
    basicAuthDetector,
    connectionStringDetector,
    curlUserDetector,
    authHeaderDetector,
    kubernetesSecretDetector,
    nugetPasswordDetector,
    ...cloudCredentialDetectors,
    keywordDetector,
    base64EntropyDetector,
    hexEntropyDetector,
    ipPublicDetector,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/common.ts

/**
 * Regex source matching `word` in any letter case, at the start of a name or of a camelCase
 * part: `merakiKey`, `ciscoMerakiKey` and `MERAKI_KEY` match, `cameraKit` does not.
 */
function nameWord(word) {
    const letters = [...word]
        .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        if (lower !== upper)
            return `[${lower}${upper}]`;
        return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    return `(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))${letters}`;
}
/** Regex source matching any of `words` as a name part (see {@link nameWord}). */
function nameWords(...words) {
    return words.map(nameWord).join('|');
}
/** Default end of a value: not followed by another character of a token or base64 alphabet. */
const valueEnd = '(?![A-Za-z0-9_+/=-])';
/** Builds a detector for a prefix-less value assigned to a name that mentions the provider. */
function common_contextual(spec) {
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'contextual',
        keywords: spec.names.map((name) => name.toLowerCase()),
        contextLines: 1,
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: assignedSecretPattern(nameWords(...spec.names), spec.value, spec.after ?? valueEnd),
        examples: spec.examples,
    };
}
/** Builds a detector for a token that carries its provider prefix. */
function prefixed(spec) {
    const escaped = spec.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'prefixed',
        keywords: spec.keywords ?? [spec.prefix.toLowerCase()],
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: prefixedTokenPattern(spec.prefixPattern ?? escaped, spec.body),
        examples: spec.examples,
    };
}
/**
 * A pattern detector that runs around hits of `trigger`: for formats whose only literal is too
 * short to be a prefilter keyword (`Q~`, `pat`).
 */
function triggered(spec) {
    return { ...spec, keywords: [] };
}

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/adafruit.ts

// Adafruit IO keys: 32 characters; current keys are `aio_` + 28 base62 characters, older keys
// carry no prefix. https://io.adafruit.com/api/docs/#authentication
/** Adafruit IO keys, prefixed or assigned to an Adafruit-named setting. */
const adafruitDetectors = [
    prefixed({
        id: 'adafruit-io-key',
        description: 'Adafruit IO key',
        provider: 'adafruit',
        prefix: 'aio_',
        body: '[A-Za-z0-9]{28}',
        minEntropy: 3,
        examples: {
            positive: ['#define IO_KEY "aio_{an:28}"', "aio_key = 'aio_{an:28}'"],
            negative: ['see aio_{an:20} for details', 'aio_{an:28}_{an:4}'],
        },
    }),
    common_contextual({
        id: 'adafruit-api-key',
        description: 'Adafruit IO key (unprefixed)',
        provider: 'adafruit',
        names: ['adafruit'],
        value: '[A-Za-z0-9_-]{32}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.2,
        examples: {
            positive: ['ADAFRUIT_IO_KEY={lan:32}', '"adafruitToken": "{an:16}_{an:15}"'],
            negative: ['ADAFRUIT_IO={lan:31}', 'adafruit_feed = "{lan:40}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/adobe.ts

// Adobe Developer Console OAuth credentials: the client id (API key) is 32 hex characters, the
// client secret starts with `p8e-`. https://developer.adobe.com/developer-console/docs/guides/authentication/
/** Adobe Developer Console client ids and client secrets. */
const adobeDetectors = [
    common_contextual({
        id: 'adobe-client-id',
        description: 'Adobe client id (API key)',
        provider: 'adobe',
        names: ['adobe'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['ADOBE_CLIENT_ID={hex:32}', '"adobeApiKey": "{hex:32}"'],
            negative: ['ADOBE_CLIENT_ID={hex:31}', 'adobe_client_id = "{hex:32}g"'],
        },
    }),
    {
        ...prefixed({
            id: 'adobe-client-secret',
            description: 'Adobe client secret',
            provider: 'adobe',
            prefix: 'p8e-',
            body: '[A-Za-z0-9_-]{32}',
            minEntropy: 3,
            examples: {
                positive: ['ADOBE_CLIENT_SECRET=p8e-{an:32}', 'adobeClient := "p8e-{hex:32}"'],
                negative: ['p8e-{an:20}', 'xp8e-{an:32}', 'p8e-{an:32}-{an:4}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/age.ts

// age X25519 identities: Bech32 with the human-readable part `AGE-SECRET-KEY-`, separator `1`,
// then 58 upper-case Bech32 characters (matched as [A-Z0-9]). https://age-encryption.org/v1
/** age encryption secret keys (identities). */
const ageDetectors = [
    prefixed({
        id: 'age-secret-key',
        description: 'age encryption secret key',
        provider: 'age',
        prefix: 'AGE-SECRET-KEY-1',
        body: '[A-Z0-9]{58}',
        examples: {
            positive: ['AGE-SECRET-KEY-1QZ{b32:56}', 'identity: "AGE-SECRET-KEY-1{uan:58}"'],
            negative: ['AGE-SECRET-KEY-1{b32:40}', 'AGE-SECRET-KEY-1{b32:58}B'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/airtable.ts


// Personal access tokens: `pat` + 14 characters (token id) + `.` + 64 hex characters.
// https://airtable.com/developers/web/guides/personal-access-tokens
// Legacy API keys (`key` + 14 characters) are only recognisable next to an Airtable name.
/** Airtable personal access tokens and legacy API keys. */
const airtableDetectors = [
    triggered({
        id: 'airtable-personal-access-token',
        description: 'Airtable personal access token',
        secretType: 'Airtable personal access token',
        provider: 'airtable',
        strength: 'prefixed',
        // `pat` alone is too common a keyword: trigger on the whole shape instead.
        trigger: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
        pattern: prefixedTokenPattern('pat', '[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
        examples: {
            positive: ['AIRTABLE_TOKEN=pat{an:14}.{hex:64}', 'Authorization: Bearer pat{an:14}.{hex:64}'],
            negative: ['pat{an:14}.{hex:40}', 'pat{an:14}.{hex:64}a'],
        },
    }),
    common_contextual({
        id: 'airtable-api-key',
        description: 'Airtable legacy API key',
        provider: 'airtable',
        names: ['airtable'],
        value: '[A-Za-z0-9]{17}',
        minEntropy: 3,
        examples: {
            positive: ['AIRTABLE_API_KEY=key{an:14}', 'airtableKey: "{lan:17}"'],
            negative: ['AIRTABLE_BASE=key{an:20}', 'airtable_base: "app{an:10}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/algolia.ts

// Algolia API keys (admin, search, write) are 32 hex characters.
// https://www.algolia.com/doc/guides/security/api-keys/
/** Algolia API keys assigned to an Algolia-named setting. */
const algoliaDetectors = [
    common_contextual({
        id: 'algolia-api-key',
        description: 'Algolia API key',
        provider: 'algolia',
        names: ['algolia'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['ALGOLIA_ADMIN_KEY={hex:32}', "algoliaApiKey: '{hex:32}'"],
            negative: ['ALGOLIA_APP_ID={uan:10}', 'ALGOLIA_ADMIN={hex:32}z'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/alibaba.ts

// AccessKey pairs: the id starts with `LTAI` (16 to 24 characters in all), the secret is 30
// base62 characters. https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
/** Alibaba Cloud AccessKey ids and secrets. */
const alibabaDetectors = [
    prefixed({
        id: 'alibaba-access-key-id',
        description: 'Alibaba Cloud AccessKey id',
        provider: 'alibaba',
        prefix: 'LTAI',
        keywords: ['ltai'],
        body: '[A-Za-z0-9]{12,20}',
        minEntropy: 3,
        examples: {
            positive: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5t{an:18}', 'accessKeyId: "LTAI{an:12}"'],
            negative: ['LTAI{an:8}', 'xLTAI{an:16}'],
        },
    }),
    common_contextual({
        id: 'alibaba-secret-key',
        description: 'Alibaba Cloud AccessKey secret',
        provider: 'alibaba',
        names: ['alibaba', 'aliyun', 'alicloud'],
        value: '[A-Za-z0-9]{30}',
        minEntropy: 3.5,
        examples: {
            positive: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET={an:30}', 'aliyun_secret: "{an:30}"'],
            negative: ['ALIBABA_CLOUD_ACCESS={an:29}', 'alibaba_region: "cn-hangzhou"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/anthropic.ts

// API keys: `sk-ant-api03-` + 93 base64url characters + `AA`; Admin API keys use
// `sk-ant-admin01-`. https://docs.anthropic.com/en/api/getting-started (key format as issued in the Console)
/** Anthropic API keys and Admin API keys. */
const anthropicDetectors = [
    prefixed({
        id: 'anthropic-api-key',
        description: 'Anthropic API key',
        provider: 'anthropic',
        prefix: 'sk-ant-api03-',
        keywords: ['sk-ant-api'],
        prefixPattern: 'sk-ant-api0\\d-',
        body: '[A-Za-z0-9_-]{93}AA',
        examples: {
            positive: [
                'ANTHROPIC_API_KEY=sk-ant-api03-{b64u:93}AA',
                'client = Anthropic(api_key="sk-ant-api03-{an:93}AA")',
            ],
            negative: ['sk-ant-api03-{an:60}AA', 'sk-ant-api03-{an:93}BB'],
        },
    }),
    prefixed({
        id: 'anthropic-admin-api-key',
        description: 'Anthropic Admin API key',
        provider: 'anthropic',
        prefix: 'sk-ant-admin01-',
        keywords: ['sk-ant-admin'],
        prefixPattern: 'sk-ant-admin0\\d-',
        body: '[A-Za-z0-9_-]{93}AA',
        examples: {
            positive: [
                'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{b64u:93}AA',
                '"adminKey": "sk-ant-admin01-{an:93}AA"',
            ],
            negative: ['sk-ant-admin01-{an:50}AA', 'sk-ant-admin01-{an:93}BB'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/apify.ts

// Apify API tokens start with `apify_api_`. https://docs.apify.com/platform/integrations/api
/** Apify API tokens. */
const apifyDetectors = [
    prefixed({
        id: 'apify-api-token',
        description: 'Apify API token',
        provider: 'apify',
        prefix: 'apify_api_',
        body: '[A-Za-z0-9]{30,40}',
        minEntropy: 3.5,
        examples: {
            positive: ['APIFY_TOKEN=apify_api_{an:36}', "client = ApifyClient('apify_api_{an:36}')"],
            negative: ['apify_api_{an:12}', 'apify_api_{an:36}_{an:3}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/asana.ts

// OAuth app credentials: a numeric client id (16 digits) and a 32-character client secret;
// personal access tokens look like `1/<user gid>:<32 hex>` or `2/<user gid>/<token gid>:<32 hex>`.
// https://developers.asana.com/docs/oauth, https://developers.asana.com/docs/personal-access-token
/** Asana OAuth client ids and secrets and personal access tokens, next to an Asana name. */
const asanaDetectors = [
    common_contextual({
        id: 'asana-client-id',
        description: 'Asana OAuth client id',
        provider: 'asana',
        names: ['asana'],
        value: '[0-9]{16}',
        minEntropy: 2,
        examples: {
            positive: ['ASANA_CLIENT_ID={d:16}', '"asanaClientId": "{d:16}"'],
            negative: ['ASANA_CLIENT_ID={d:12}', 'asana_client_id = {d:16}a'],
        },
    }),
    common_contextual({
        id: 'asana-client-secret',
        description: 'Asana OAuth client secret',
        provider: 'asana',
        names: ['asana'],
        value: '[A-Za-z0-9]{32}',
        minEntropy: 3.3,
        examples: {
            positive: ['ASANA_CLIENT_SECRET={lan:32}', "asanaSecret: '{an:32}'"],
            negative: ['ASANA_CLIENT={lan:31}', 'asana_workspace = {d:32}'],
        },
    }),
    common_contextual({
        id: 'asana-personal-access-token',
        description: 'Asana personal access token',
        provider: 'asana',
        names: ['asana'],
        value: '[12]/[0-9]{8,20}(?:/[0-9]{8,20})?:[a-f0-9]{32}',
        examples: {
            positive: ['ASANA_TOKEN=2/{d:16}/{d:16}:{hex:32}', 'asana_pat: "1/{d:13}:{hex:32}"'],
            negative: ['ASANA_PAT=2/{d:16}/{d:16}:{hex:20}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/atlassian.ts

// Atlassian Cloud API tokens: current ones start with `ATATT` and end with `=` + an 8-hex-digit
// CRC32 checksum; legacy ones are 24 base62 characters with no prefix.
// https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
/** Atlassian (Jira, Confluence) API tokens. */
const atlassianDetectors = [
    {
        id: 'atlassian-api-token-v2',
        description: 'Atlassian API token',
        secretType: 'Atlassian API token',
        provider: 'atlassian',
        strength: 'prefixed',
        keywords: ['atatt'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>ATATT[A-Za-z0-9_-][A-Za-z0-9_=-]{100,300}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])',
        examples: {
            positive: [
                'JIRA_API_TOKEN=ATATT3xFfGF0{b64u:170}={HEX:8}',
                'confluence_token: "ATATT3xFfGF0{an:160}={HEX:8}"',
            ],
            negative: ['ATATT3xFfGF0{an:40}={HEX:8}', 'ATATT3xFfGF0{an:170}={HEX:8}x'],
        },
    },
    common_contextual({
        id: 'atlassian-api-token',
        description: 'Atlassian legacy API token',
        secretType: 'Atlassian API token',
        provider: 'atlassian',
        names: ['atlassian', 'confluence', 'jira'],
        // At least one digit: 24 letters are far more often an identifier than a random token.
        value: '(?=[A-Za-z]{0,23}[0-9])[A-Za-z0-9]{24}',
        minEntropy: 3.3,
        examples: {
            positive: ['JIRA_API_TOKEN={an:24}', 'confluenceToken: "{lan:24}"'],
            negative: ['JIRA_API={an:23}', 'ATLASSIAN_TOKEN="getPagesIn,searchUsing"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/authress.ts

// Service client access keys: `sc_` + client id, `.` key id, `.acc_` + account id, `.` private
// key. https://authress.io/knowledge-base/docs/authorization/service-clients/access-keys
/** Authress service client access keys. */
const authressDetectors = [
    prefixed({
        id: 'authress-service-client-access-key',
        description: 'Authress service client access key',
        provider: 'authress',
        prefix: 'sc_',
        keywords: ['.acc_', '.acc-'],
        prefixPattern: '(?:sc|ext|scauth|authress)_',
        body: '[a-z0-9]{5,40}\\.[a-z0-9]{3,10}\\.acc[_-][a-z0-9-]{6,40}\\.[A-Za-z0-9+/_=-]{30,200}',
        examples: {
            positive: [
                'AUTHRESS_KEY=sc_{lan:12}.{lan:4}.acc_{lan:10}.{b64u:60}',
                'accessKey: "sc_{lan:20}.{lan:5}.acc-{lan:16}.{b64:80}"',
            ],
            negative: ['sc_{lan:12}.{lan:4}.acc_{lan:10}.{an:10}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/azure.ts

// Microsoft Entra ID (Azure AD) application client secrets carry the marker `Q~` after three
// characters and a version digit: 37 characters in all (older) or 40.
// Azure DevOps personal access tokens (since 2024): 84 base62 characters with the fixed
// signature `AZDO` at positions 77-80.
// https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token
/** Microsoft Entra ID client secrets and Azure DevOps personal access tokens. */
const azureDetectors = [
    triggered({
        id: 'azure-ad-client-secret',
        description: 'Microsoft Entra ID (Azure AD) client secret',
        secretType: 'Azure AD client secret',
        provider: 'azure',
        strength: 'prefixed',
        // `Q~` alone is too short for a keyword.
        trigger: 'Q~[A-Za-z0-9_~.-]{31}',
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])',
        examples: {
            positive: [
                'AZURE_CLIENT_SECRET={an:3}8Q~{an:34}',
                'client_secret: "{an:3}7Q~{an:12}.{an:9}_{an:9}"',
            ],
            negative: ['{an:3}8Q~{an:20}', 'url = "{an:20}~{an:3}8Q~{an:34}~x"'],
        },
    }),
    {
        id: 'azure-devops-pat',
        description: 'Azure DevOps personal access token',
        secretType: 'Azure DevOps personal access token',
        provider: 'azure',
        strength: 'prefixed',
        keywords: ['azdo'],
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])',
        examples: {
            positive: ['AZURE_DEVOPS_PAT={an:76}AZDO{an:4}', 'PAT = "{an:76}AZDO{an:4}"'],
            negative: ['{an:70}AZDO{an:4}', '{an:76}AZDO{an:8}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/beamer.ts

// Beamer API keys: `b_` followed by 44 base64 characters. https://www.getbeamer.com/api
/** Beamer API keys assigned to a Beamer-named setting. */
const beamerDetectors = [
    common_contextual({
        id: 'beamer-api-token',
        description: 'Beamer API key',
        provider: 'beamer',
        names: ['beamer'],
        value: 'b_[A-Za-z0-9+/=_-]{44}',
        after: '(?![A-Za-z0-9+/=_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['BEAMER_API_KEY=b_{b64:43}=', "beamerKey: 'b_{b64u:44}'"],
            negative: ['BEAMER_API=b_{b64:30}', 'beamer_product_id = "{an:8}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/bitbucket.ts

// Bitbucket Cloud OAuth consumers: an 18-character key and a 32-character secret (longer forms
// exist in older integrations). https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
/** Bitbucket OAuth consumer keys and secrets next to a Bitbucket name. */
const bitbucketDetectors = [
    common_contextual({
        id: 'bitbucket-client-id',
        description: 'Bitbucket OAuth consumer key',
        provider: 'bitbucket',
        names: ['bitbucket'],
        value: '(?:[A-Za-z0-9]{18}|[A-Za-z0-9]{32})',
        minEntropy: 3.2,
        examples: {
            positive: ['BITBUCKET_CLIENT_ID={an:18}', 'bitbucketKey: "{lan:32}"'],
            negative: ['BITBUCKET_CLIENT_ID={an:20}', 'bitbucket_workspace = "{l:6}"'],
        },
    }),
    common_contextual({
        id: 'bitbucket-client-secret',
        description: 'Bitbucket OAuth consumer secret',
        provider: 'bitbucket',
        names: ['bitbucket'],
        value: '[A-Za-z0-9=_-]{64}',
        after: '(?![A-Za-z0-9=_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['BITBUCKET_CLIENT_SECRET={an:64}', 'bitbucketSecret: "{b64u:64}"'],
            negative: ['BITBUCKET_CLIENT={an:60}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/bittrex.ts

// Bittrex API keys and secrets: both 32 characters (hex). https://bittrex.github.io/api/v3
/** Bittrex API keys and secrets next to a Bittrex name (both share one format). */
const bittrexDetectors = [
    common_contextual({
        id: 'bittrex-api-key',
        description: 'Bittrex API key or secret',
        provider: 'bittrex',
        names: ['bittrex'],
        value: '[a-z0-9]{32}',
        minEntropy: 3.2,
        examples: {
            positive: ['BITTREX_API_KEY={hex:32}', 'bittrexSecret: "{lan:32}"'],
            negative: ['BITTREX_API={hex:30}', 'bittrex_market = "{u:3}-{u:4}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/buildkite.ts

// Buildkite token prefixes: `bkua_` API access tokens (an optional base64 organisation part and
// `.`, then 40 hex), `bkaa_` agent session tokens, `bkar_` agent registration tokens, `bkaj_` agent
// job tokens (a JWT). https://buildkite.com/docs/platform/security/tokens
/** Buildkite API access, agent and job tokens. */
const buildkiteDetectors = [
    prefixed({
        id: 'buildkite-api-access-token',
        description: 'Buildkite API access token',
        provider: 'buildkite',
        prefix: 'bkua_',
        body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[a-f0-9]{40}',
        minEntropy: 3,
        examples: {
            positive: ['BUILDKITE_API_TOKEN=bkua_MTA.{hex:40}', 'token: "bkua_{hex:40}"'],
            negative: ['bkua_{hex:20}', 'xbkua_{hex:40}'],
        },
    }),
    prefixed({
        id: 'buildkite-agent-token',
        description: 'Buildkite agent session or registration token',
        provider: 'buildkite',
        prefix: 'bka',
        keywords: ['bkaa_', 'bkar_'],
        prefixPattern: 'bka[ar]_',
        body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[A-Za-z0-9]{40,100}',
        minEntropy: 3.5,
        examples: {
            positive: ['BUILDKITE_AGENT_TOKEN=bkaa_MTA.{an:76}', 'token="bkar_{an:60}"'],
            negative: ['bkaa_{an:20}'],
        },
    }),
    prefixed({
        id: 'buildkite-agent-job-token',
        description: 'Buildkite agent job token',
        provider: 'buildkite',
        prefix: 'bkaj_',
        body: 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}',
        examples: {
            positive: ['BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_eyJ{b64u:30}.eyJ{b64u:300}.{b64u:86}'],
            negative: ['bkaj_eyJ{b64u:30}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/circleci.ts

// CircleCI personal (`CCIPAT_`) and project (`CCIPRJ_`) API tokens: prefix, a base58 UUID (matched as base62), `_`,
// then 40 hex characters. https://circleci.com/changelog/new-format-for-api-access-tokens/
/** CircleCI personal and project API tokens. */
const circleciDetectors = [
    prefixed({
        id: 'circleci-api-token',
        description: 'CircleCI personal or project API token',
        provider: 'circleci',
        prefix: 'CCIP',
        keywords: ['ccipat_', 'cciprj_'],
        prefixPattern: 'CCIP(?:AT|RJ)_',
        body: '[A-Za-z0-9]{18,24}_[a-f0-9]{40}',
        examples: {
            positive: [
                'CIRCLE_TOKEN=CCIPAT_{an:22}_{hex:40}',
                'circleci_token: "CCIPRJ_{an:21}_{hex:40}"',
            ],
            negative: ['CCIPAT_{an:22}_{hex:20}', 'CCIPAT_{an:22}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cisco.ts

// Cisco Meraki Dashboard API keys: 40 lower-case hex characters.
// https://developer.cisco.com/meraki/api-v1/authorization/
/** Cisco Meraki Dashboard API keys next to a Meraki name. */
const ciscoDetectors = [
    common_contextual({
        id: 'cisco-meraki-api-key',
        description: 'Cisco Meraki Dashboard API key',
        provider: 'cisco',
        names: ['meraki'],
        value: '[a-f0-9]{40}',
        minEntropy: 3,
        examples: {
            positive: ['MERAKI_DASHBOARD_API_KEY={hex:40}', 'merakiApiKey: "{hex:40}"'],
            negative: ['MERAKI_DASHBOARD={hex:40}{hex:24}', 'cameraKit: {hex:40}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/clickhouse.ts

// ClickHouse Cloud API key secrets start with `4b1d` followed by 38 base62 characters.
// https://clickhouse.com/docs/cloud/manage/openapi
/** ClickHouse Cloud API key secrets. */
const clickhouseDetectors = [
    prefixed({
        id: 'clickhouse-cloud-api-secret-key',
        description: 'ClickHouse Cloud API key secret',
        provider: 'clickhouse',
        prefix: '4b1d',
        body: '[A-Za-z0-9]{38}',
        minEntropy: 3.5,
        examples: {
            positive: ['CLICKHOUSE_KEY_SECRET=4b1d{an:38}', 'key_secret: "4b1d{an:38}"'],
            negative: ['4b1d{an:30}', 'adf4b1d{an:38}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/clojars.ts

// Clojars deploy tokens: `CLOJARS_` followed by 60 lower-case hex characters.
// https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
/** Clojars deploy tokens. */
const clojarsDetectors = [
    prefixed({
        id: 'clojars-api-token',
        description: 'Clojars deploy token',
        provider: 'clojars',
        prefix: 'CLOJARS_',
        body: '[a-z0-9]{60}',
        minEntropy: 3.2,
        examples: {
            positive: ['CLOJARS_PASSWORD=CLOJARS_{hex:60}', ':password "CLOJARS_{lan:60}"'],
            negative: ['CLOJARS_{hex:40}', 'CLOJARS_USERNAME={l:8}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cloudflare.ts

// Scannable credentials (2025): `cfk_` (global API key), `cfut_` (user API token), `cfat_`
// (account API token), each + 40 base62 characters + an 8-hex-digit checksum.
// https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
// Older credentials carry no prefix: API tokens are 40 base64url characters, the global API key
// 37 hex characters. Origin CA keys: `v1.0-` + 24 hex + `-` + 146 hex.
const scannable = (kind, prefix, description) => prefixed({
    id: `cloudflare-${kind}`,
    description,
    provider: 'cloudflare',
    prefix,
    body: '[A-Za-z0-9]{40}[a-fA-F0-9]{8}',
    examples: {
        positive: [
            `CLOUDFLARE_API_TOKEN=${prefix}{an:40}{hex:8}`,
            `api_token: "${prefix}{an:40}{HEX:8}"`,
        ],
        negative: [`${prefix}{an:30}`, `x${prefix}{an:40}{hex:8}`],
    },
});
/** Cloudflare API tokens, global API keys and Origin CA keys. */
const cloudflareDetectors = [
    scannable('scannable-global-api-key', 'cfk_', 'Cloudflare global API key (scannable format)'),
    scannable('user-api-token', 'cfut_', 'Cloudflare user API token'),
    scannable('account-api-token', 'cfat_', 'Cloudflare account API token'),
    {
        ...prefixed({
            id: 'cloudflare-origin-ca-key',
            description: 'Cloudflare Origin CA key',
            provider: 'cloudflare',
            prefix: 'v1.0-',
            body: '[a-f0-9]{24}-[a-f0-9]{146}',
            examples: {
                positive: [
                    'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-{hex:24}-{hex:146}',
                    'origin_ca_key: "v1.0-{hex:24}-{hex:146}"',
                ],
                negative: ['version: v1.0-{hex:24}', 'v1.0-{hex:24}-{hex:100}'],
            },
        }),
    },
    common_contextual({
        id: 'cloudflare-api-key',
        description: 'Cloudflare API token',
        provider: 'cloudflare',
        names: ['cloudflare', 'cf_api'],
        value: '[A-Za-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CLOUDFLARE_API_TOKEN={an:40}', 'cloudflare: "{an:20}-{an:19}"'],
            negative: ['CLOUDFLARE_API={an:41}', 'CLOUDFLARE_ZONE_ID={hex:32}'],
        },
    }),
    common_contextual({
        id: 'cloudflare-global-api-key',
        description: 'Cloudflare global API key',
        provider: 'cloudflare',
        names: ['cloudflare', 'cf_api'],
        value: '[a-f0-9]{37}',
        minEntropy: 3,
        examples: {
            positive: ['CLOUDFLARE_GLOBAL_API_KEY={hex:37}', 'cloudflare_api_key = "{hex:37}"'],
            negative: ['CLOUDFLARE_GLOBAL_API={hex:36}', 'CLOUDFLARE_ACCOUNT_ID={hex:32}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/codecov.ts

// Codecov upload and API tokens: a UUID, or 32 to 40 base62 characters for older access tokens.
// https://docs.codecov.com/docs/codecov-tokens
/** Codecov upload and API tokens next to a Codecov name. */
const codecovDetectors = [
    common_contextual({
        id: 'codecov-access-token',
        description: 'Codecov token',
        provider: 'codecov',
        names: ['codecov'],
        value: '(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32})',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3,
        examples: {
            positive: [
                'CODECOV_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                'codecovToken: "{lan:32}"',
            ],
            negative: ['CODECOV_UPLOAD={lan:31}', 'codecov_flags: "{l:10}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cohere.ts

// Cohere API keys: 40 base62 characters; the SDKs read them from `CO_API_KEY`.
// https://docs.cohere.com/reference/about
/** Cohere API keys next to a Cohere name or in `CO_API_KEY`. */
const cohereDetectors = [
    common_contextual({
        id: 'cohere-api-token',
        description: 'Cohere API key',
        provider: 'cohere',
        names: ['cohere', 'co_api_key'],
        value: '[A-Za-z0-9]{40}',
        minEntropy: 3.5,
        examples: {
            positive: ['export CO_API_KEY={an:40}', 'cohere_api_key = "{an:40}"'],
            negative: ['COHERE_API={an:39}', 'COHERE_MODEL="command-r-plus"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/coinbase.ts

// Coinbase access tokens: 64 base64url characters, only recognisable next to a Coinbase name.
// https://docs.cdp.coinbase.com/coinbase-app/docs/auth/api-key-authentication
/** Coinbase access tokens next to a Coinbase name. */
const coinbaseDetectors = [
    common_contextual({
        id: 'coinbase-access-token',
        description: 'Coinbase access token',
        provider: 'coinbase',
        names: ['coinbase'],
        value: '[A-Za-z0-9_-]{64}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['COINBASE_ACCESS_TOKEN={b64u:64}', 'coinbaseToken: "{lan:64}"'],
            negative: ['COINBASE_ACCESS={b64u:50}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/confluent.ts

// Confluent Cloud API keys: a 16-character key and a 64-character secret.
// https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
/** Confluent Cloud API keys and secrets next to a Confluent name. */
const confluentDetectors = [
    common_contextual({
        id: 'confluent-access-token',
        description: 'Confluent Cloud API key',
        provider: 'confluent',
        names: ['confluent'],
        value: '[A-Za-z0-9]{16}',
        minEntropy: 3,
        examples: {
            positive: ['CONFLUENT_CLOUD_API_KEY={uan:16}', 'confluentKey: "{lan:16}"'],
            negative: ['CONFLUENT_CLOUD_API={uan:15}', 'confluent_env = "env-{lan:5}"'],
        },
    }),
    common_contextual({
        id: 'confluent-secret-key',
        description: 'Confluent Cloud API secret',
        provider: 'confluent',
        names: ['confluent'],
        value: '[A-Za-z0-9+/]{64}',
        after: '(?![A-Za-z0-9+/_=-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CONFLUENT_CLOUD_API_SECRET={b64:64}', 'confluentSecret: "{lan:64}"'],
            negative: ['CONFLUENT_CLOUD_API={b64:60}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/contentful.ts

// Content Delivery/Preview API tokens: 43 base64url characters. Personal access tokens (Content
// Management API): `CFPAT-` + 43 characters.
// https://www.contentful.com/developers/docs/references/authentication/
/** Contentful delivery tokens and personal access tokens. */
const contentfulDetectors = [
    prefixed({
        id: 'contentful-personal-access-token',
        description: 'Contentful personal access token',
        provider: 'contentful',
        prefix: 'CFPAT-',
        body: '[A-Za-z0-9_-]{43}',
        examples: {
            positive: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-{b64u:43}', 'managementToken: "CFPAT-{an:43}"'],
            negative: ['CFPAT-{an:20}', 'CFPAT-{an:45}'],
        },
    }),
    common_contextual({
        id: 'contentful-delivery-api-token',
        description: 'Contentful delivery API token',
        provider: 'contentful',
        names: ['contentful'],
        value: '[A-Za-z0-9_=-]{43}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CONTENTFUL_ACCESS_TOKEN={b64u:43}', 'contentfulDeliveryToken: "{lan:43}"'],
            negative: ['CONTENTFUL_ACCESS={b64u:40}', 'CONTENTFUL_SPACE_ID={lan:12}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/databricks.ts

// Databricks personal access tokens: `dapi` + 32 hex characters, optionally `-` + a digit.
// https://docs.databricks.com/en/dev-tools/auth/pat.html
/** Databricks personal access tokens. */
const databricksDetectors = [
    prefixed({
        id: 'databricks-api-token',
        description: 'Databricks personal access token',
        provider: 'databricks',
        prefix: 'dapi',
        body: '[a-f0-9]{32}(?:-[0-9])?',
        minEntropy: 3,
        examples: {
            positive: ['DATABRICKS_TOKEN=dapi{hex:32}', 'token = dapi{hex:32}-2'],
            negative: ['dapi{hex:20}', 'dapi{hex:31}g'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/datadog.ts

// Datadog API keys are 32 hex characters, application keys 40.
// https://docs.datadoghq.com/account_management/api-app-keys/
/** Datadog API and application keys next to a Datadog name. */
const datadogDetectors = [
    common_contextual({
        id: 'datadog-access-token',
        description: 'Datadog application key',
        provider: 'datadog',
        names: ['datadog', 'dd_app', 'dd_application'],
        value: '[a-z0-9]{40}',
        minEntropy: 3.2,
        examples: {
            positive: ['DD_APP_KEY={hex:40}', 'datadogApplicationKey: "{lan:40}"'],
            negative: ['DATADOG_APP={hex:39}', 'datadog_site: "datadoghq.eu"'],
        },
    }),
    common_contextual({
        id: 'datadog-api-key',
        description: 'Datadog API key',
        provider: 'datadog',
        names: ['datadog', 'dd_api'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['DD_API_KEY={hex:32}', 'datadog_api_key: "{hex:32}"'],
            negative: ['DATADOG_API={hex:33}', 'datadog_service: "{l:12}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/defined-networking.ts

// Defined Networking (Managed Nebula) API keys: `dnkey-` + two dash-separated random parts.
// https://docs.defined.net/guides/automatically-creating-hosts/
/** Defined Networking API keys. */
const definedNetworkingDetectors = [
    {
        ...prefixed({
            id: 'defined-networking-api-token',
            description: 'Defined Networking API key',
            provider: 'defined-networking',
            prefix: 'dnkey-',
            body: '',
            examples: {
                positive: ['DN_API_KEY=dnkey-{lan:26}-{b64u:52}', 'apiKey: "dnkey-{an:26}-{an:52}"'],
                negative: ['dnkey-{lan:26}', 'dnkey-{lan:10}-{lan:10}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/deno.ts

// Deno Deploy access tokens: personal tokens start with `ddp_`, organization tokens with `ddo_`.
// https://docs.deno.com/deploy/manual/api/ (access tokens), https://docs.doppler.com/docs/deno-deploy
/** Deno Deploy personal and organization access tokens. */
const denoDetectors = [
    prefixed({
        id: 'deno-deploy-access-token',
        description: 'Deno Deploy access token',
        provider: 'deno',
        prefix: 'dd',
        keywords: ['ddp_', 'ddo_'],
        prefixPattern: 'dd[po]_',
        body: '[A-Za-z0-9]{36,40}',
        minEntropy: 3.5,
        examples: {
            positive: ['DENO_DEPLOY_TOKEN=ddp_{an:36}', 'token: "ddo_{an:36}"'],
            negative: ['ddp_{an:20}', 'xddp_{an:36}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/digitalocean.ts

// DigitalOcean tokens: `dop_v1_` (personal access), `doo_v1_` (OAuth access), `dor_v1_` (OAuth
// refresh), each + 64 hex characters. https://docs.digitalocean.com/reference/api/create-personal-access-token/
const token = (id, prefix, description) => prefixed({
    id,
    description,
    secretType: 'DigitalOcean token',
    provider: 'digitalocean',
    prefix,
    body: '[a-f0-9]{64}',
    examples: {
        positive: [`DIGITALOCEAN_TOKEN=${prefix}{hex:64}`, `token: "${prefix}{hex:64}"`],
        negative: [`${prefix}{hex:40}`, `x${prefix}{hex:64}`],
    },
});
/** DigitalOcean personal access, OAuth access and OAuth refresh tokens. */
const digitaloceanDetectors = [
    token('digitalocean-pat', 'dop_v1_', 'DigitalOcean personal access token'),
    token('digitalocean-access-token', 'doo_v1_', 'DigitalOcean OAuth access token'),
    token('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/docker.ts

// Docker Hub access tokens: `dckr_pat_` (personal) and `dckr_oat_` (organization) followed by a
// base64url secret. https://docs.docker.com/security/for-developers/access-tokens/
/** Docker Hub personal and organization access tokens. */
const dockerDetectors = [
    {
        ...prefixed({
            id: 'docker-hub-access-token',
            description: 'Docker Hub access token',
            provider: 'docker',
            prefix: 'dckr_',
            keywords: ['dckr_pat_', 'dckr_oat_'],
            body: '',
            minEntropy: 3.3,
            examples: {
                positive: ['DOCKERHUB_TOKEN=dckr_pat_{b64u:27}', 'password: "dckr_oat_{an:32}"'],
                negative: ['dckr_pat_{an:10}', 'dckr_xyz_{an:27}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/doppler.ts

// Doppler tokens: `dp.pt.` (personal), `dp.st.` (service, optionally with the config slug),
// `dp.ct.` (CLI), `dp.sa.` (service account), `dp.scim.`, `dp.audit.`, then 40-44 base62 characters.
// https://docs.doppler.com/reference/api#authentication
/** Doppler API tokens of every kind. */
const dopplerDetectors = [
    prefixed({
        id: 'doppler-api-token',
        description: 'Doppler API token',
        provider: 'doppler',
        prefix: 'dp.',
        keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
        prefixPattern: 'dp\\.(?:pt|ct|sa|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.',
        body: '[A-Za-z0-9]{40,44}',
        minEntropy: 3.5,
        examples: {
            positive: ['DOPPLER_TOKEN=dp.pt.{an:43}', 'DOPPLER_TOKEN="dp.st.prd.{an:43}"'],
            negative: ['dp.pt.{an:20}', 'dp.xx.{an:43}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/droneci.ts

// Drone CI personal tokens: 32 base62 characters, used as `DRONE_TOKEN`.
// https://docs.drone.io/cli/setup/
/** Drone CI access tokens next to a Drone name. */
const droneciDetectors = [
    common_contextual({
        id: 'droneci-access-token',
        description: 'Drone CI access token',
        provider: 'droneci',
        names: ['drone'],
        value: '[A-Za-z0-9]{32}',
        minEntropy: 3.3,
        examples: {
            positive: ['export DRONE_TOKEN={an:32}', 'droneciToken: "{lan:32}"'],
            negative: ['DRONE_USER={an:31}', 'DRONE_SERVER=https://drone.{l:8}.com'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/dropbox.ts

// Dropbox short-lived OAuth access tokens start with `sl.` (newer ones `sl.u.`); app keys and
// secrets are 15 lower-case base36 characters. https://developers.dropbox.com/oauth-guide
/** Dropbox access tokens and app keys or secrets. */
const dropboxDetectors = [
    prefixed({
        id: 'dropbox-short-lived-access-token',
        description: 'Dropbox short-lived access token',
        provider: 'dropbox',
        prefix: 'sl.',
        prefixPattern: 'sl\\.(?:u\\.)?',
        body: '[A-Za-z0-9_-]{130,1400}',
        minEntropy: 4,
        examples: {
            positive: ['DROPBOX_ACCESS_TOKEN=sl.{b64u:140}', 'token: "sl.u.{an:300}"'],
            negative: ['sl.{b64u:60}'],
        },
    }),
    common_contextual({
        id: 'dropbox-api-token',
        description: 'Dropbox app key or secret',
        provider: 'dropbox',
        names: ['dropbox'],
        value: '[a-z0-9]{15}',
        // Fifteen random characters can repeat a few (3.0 bits rejects about one key in twenty).
        minEntropy: 2.6,
        examples: {
            positive: ['DROPBOX_APP_KEY={lan:15}', 'dropboxAppSecret: "{lan:15}"'],
            negative: ['DROPBOX_APP={lan:16}', 'dropbox_folder = "/{l:15}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/duffel.ts

// Duffel access tokens: `duffel_test_` or `duffel_live_` + 43 base64url characters.
// https://duffel.com/docs/api/overview/making-requests/authentication
/** Duffel API access tokens. */
const duffelDetectors = [
    {
        ...prefixed({
            id: 'duffel-api-token',
            description: 'Duffel access token',
            provider: 'duffel',
            prefix: 'duffel_',
            keywords: ['duffel_test_', 'duffel_live_'],
            body: '',
            examples: {
                positive: ['DUFFEL_ACCESS_TOKEN=duffel_test_{b64u:43}', 'token: "duffel_live_{an:43}"'],
                negative: ['duffel_test_{an:20}', 'duffel_live_{an:50}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/dynatrace.ts

// Dynatrace tokens: prefix (`dt0c01` for API tokens, `dt0s..` for OAuth and platform tokens),
// `.` + a 24-character public part, `.` + a 64-character secret part.
// https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens
/** Dynatrace API, OAuth client and platform tokens. */
const dynatraceDetectors = [
    prefixed({
        id: 'dynatrace-api-token',
        description: 'Dynatrace access token',
        provider: 'dynatrace',
        prefix: 'dt0',
        keywords: ['dt0c', 'dt0s'],
        prefixPattern: 'dt0[cs][0-9]{2}\\.',
        body: '[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
        examples: {
            positive: ['DT_API_TOKEN=dt0c01.{uan:24}.{uan:64}', 'token: "dt0s01.{uan:24}.{uan:64}"'],
            negative: ['dt0c01.{uan:24}', 'dt0c01.{uan:24}.{uan:64}{uan:2}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/easypost.ts
// EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 54 base62 characters.
// https://docs.easypost.com/docs/authentication
const key = (id, prefix, description) => ({
    id,
    description,
    secretType: 'EasyPost API key',
    provider: 'easypost',
    strength: 'prefixed',
    keywords: [prefix.toLowerCase()],
    minEntropy: 3.5,
    // Not after `+` or `/`: inside base64 data the four letters are a coincidence.
    pattern: `(?<![A-Za-z0-9_+/])(?<secret>${prefix}[A-Za-z0-9]{54})(?![A-Za-z0-9_+/])`,
    examples: {
        positive: [
            `EASYPOST_API_KEY=${prefix}{an:54}`,
            `"url": "https://example.org/?t=${prefix}{an:54}&q=1"`,
        ],
        negative: [`${prefix}{an:30}`, `data: {b64:20}+${prefix}{an:54}/{b64:8}`],
    },
});
/** EasyPost production and test API keys. */
const easypostDetectors = [
    key('easypost-api-token', 'EZAK', 'EasyPost production API key'),
    key('easypost-test-api-token', 'EZTK', 'EasyPost test API key'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/etsy.ts

// Etsy API keystrings: 24 lower-case base36 characters. https://developers.etsy.com/documentation/essentials/authentication
/** Etsy API keystrings and tokens next to an Etsy name. */
const etsyDetectors = [
    common_contextual({
        id: 'etsy-access-token',
        description: 'Etsy API keystring',
        provider: 'etsy',
        names: ['etsy'],
        value: '[A-Za-z0-9]{24}',
        minEntropy: 3.2,
        examples: {
            positive: ['ETSY_API_KEY={lan:24}', 'etsyKeystring: "{lan:24}"'],
            negative: ['SetSysctl = "{lan:24}"', 'ETSY_SHOP={lan:30}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/facebook.ts

// Graph API tokens: user and page access tokens start with `EAA`; an app access token is
// `<app id>|<token>` (or `<app id>|<app secret>`); app secrets are 32 hex characters.
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens/
/** Facebook (Meta) Graph API access tokens and app secrets. */
const facebookDetectors = [
    triggered({
        id: 'facebook-page-access-token',
        description: 'Facebook user or page access token',
        secretType: 'Facebook access token',
        provider: 'facebook',
        strength: 'prefixed',
        trigger: 'EAA[A-Za-z0-9]{90}',
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>EAA[A-Za-z0-9]{90,500})(?![A-Za-z0-9_+/=-])',
        examples: {
            positive: ['FACEBOOK_ACCESS_TOKEN=EAAB{an:180}', 'page_token: "EAAG{an:120}"'],
            negative: ['EAAB{an:40}', 'checksum: eaac{hex:124}'],
        },
    }),
    {
        id: 'facebook-access-token',
        description: 'Facebook app access token',
        secretType: 'Facebook access token',
        provider: 'facebook',
        strength: 'contextual',
        // `|` is everywhere in code: the token is looked for only where Facebook or an access token is named.
        keywords: [
            'facebook',
            'access_token',
            'access-token',
            'accesstoken',
            'fb_',
            'app_token',
            'apptoken',
        ],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_|])(?<secret>[0-9]{15,16}\\|(?:[A-Za-z0-9_-]{27}|[a-f0-9]{32}))(?![A-Za-z0-9_|-])',
        examples: {
            positive: [
                '{"access_token":"{d:15}|{b64u:27}","token_type":"bearer"}',
                'FB_APP_TOKEN={d:16}|{hex:32}',
            ],
            negative: ['FB_APP_TOKEN={d:15}|{b64u:20}', '| {d:15} | {an:27} |'],
        },
    },
    common_contextual({
        id: 'facebook-secret',
        description: 'Facebook app secret',
        provider: 'facebook',
        names: ['facebook', 'fb_app', 'fb_secret', 'fb_client'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['FACEBOOK_APP_SECRET={hex:32}', 'fb_app_secret: "{hex:32}"'],
            negative: ['FACEBOOK_APP_ID={d:15}', 'FACEBOOK_APP={hex:31}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/fastly.ts

// Fastly API tokens: 32 base64url characters. https://www.fastly.com/documentation/reference/api/auth-tokens/
/** Fastly API tokens next to a Fastly name. */
const fastlyDetectors = [
    common_contextual({
        id: 'fastly-api-token',
        description: 'Fastly API token',
        provider: 'fastly',
        names: ['fastly'],
        value: '[A-Za-z0-9_-]{32}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.3,
        examples: {
            positive: ['FASTLY_API_TOKEN={b64u:32}', 'fastlyKey: "{an:32}"'],
            negative: ['FASTLY_API={b64u:31}', 'fastly_service_id = "{an:22}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/figma.ts

// Figma personal access tokens start with `figd_`. https://developers.figma.com/docs/rest-api/personal-access-tokens/
/** Figma personal access tokens. */
const figmaDetectors = [
    {
        ...prefixed({
            id: 'figma-personal-access-token',
            description: 'Figma personal access token',
            provider: 'figma',
            prefix: 'figd_',
            body: '',
            minEntropy: 3.5,
            examples: {
                positive: ['FIGMA_TOKEN=figd_{b64u:40}', 'headers: { "X-Figma-Token": "figd_{an:40}" }'],
                negative: ['figd_{an:12}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{30,60})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/finicity.ts

// Finicity (Mastercard Open Banking) credentials: a 32-hex app key and a 20-character partner
// secret. https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/
/** Finicity app keys and partner secrets next to a Finicity name. */
const finicityDetectors = [
    common_contextual({
        id: 'finicity-api-token',
        description: 'Finicity app key',
        provider: 'finicity',
        names: ['finicity'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['FINICITY_APP_KEY={hex:32}', 'finicityAppKey: "{hex:32}"'],
            negative: ['FINICITY_APP={hex:31}', 'FINICITY_PARTNER_ID={d:13}'],
        },
    }),
    common_contextual({
        id: 'finicity-client-secret',
        description: 'Finicity partner secret',
        provider: 'finicity',
        names: ['finicity'],
        value: '[A-Za-z0-9]{20}',
        minEntropy: 3.2,
        examples: {
            positive: ['FINICITY_PARTNER_SECRET={an:20}', 'finicitySecret: "{lan:20}"'],
            negative: ['FINICITY_PARTNER={an:19}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/finnhub.ts

// Finnhub API keys: 20 lower-case base36 characters. https://finnhub.io/docs/api/authentication
/** Finnhub API keys next to a Finnhub name. */
const finnhubDetectors = [
    common_contextual({
        id: 'finnhub-access-token',
        description: 'Finnhub API key',
        provider: 'finnhub',
        names: ['finnhub'],
        value: '[a-z0-9]{20}',
        minEntropy: 3,
        examples: {
            positive: ['FINNHUB_API_KEY={lan:20}', 'finnhubToken: "{lan:20}"'],
            negative: ['FINNHUB_API={lan:21}', 'finnhub_symbol = "{u:4}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flickr.ts

// Flickr API keys are 32 hex characters, their secrets 16. https://www.flickr.com/services/api/misc.api_keys.html
/** Flickr API keys and secrets next to a Flickr name. */
const flickrDetectors = [
    common_contextual({
        id: 'flickr-access-token',
        description: 'Flickr API key or secret',
        provider: 'flickr',
        names: ['flickr'],
        value: '(?:[A-Za-z0-9]{32}|[a-f0-9]{16})',
        minEntropy: 2.5,
        examples: {
            positive: ['FLICKR_API_KEY={hex:32}', 'flickrSecret: "{hex:16}"'],
            negative: ['FLICKR_API={hex:20}', 'flickr_user = "{d:8}@N0{d:1}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flutterwave.ts

// Flutterwave keys: public `FLWPUBK-` and secret `FLWSECK-` (test keys `FLWPUBK_TEST-`,
// `FLWSECK_TEST-`) + 32 hex + `-X`; encryption keys `FLWSECK` (`_TEST`) + 12 hex.
// https://developer.flutterwave.com/docs/authentication
/** Flutterwave public, secret and encryption keys. */
const flutterwaveDetectors = [
    prefixed({
        id: 'flutterwave-public-key',
        description: 'Flutterwave public key',
        provider: 'flutterwave',
        prefix: 'FLWPUBK',
        prefixPattern: 'FLWPUBK(?:_TEST)?-',
        body: '[a-f0-9]{32}-X',
        examples: {
            positive: ['FLW_PUBLIC_KEY=FLWPUBK_TEST-{hex:32}-X', 'publicKey: "FLWPUBK-{hex:32}-X"'],
            negative: ['FLWPUBK_TEST-{hex:20}-X'],
        },
    }),
    prefixed({
        id: 'flutterwave-secret-key',
        description: 'Flutterwave secret key',
        provider: 'flutterwave',
        prefix: 'FLWSECK',
        prefixPattern: 'FLWSECK(?:_TEST)?-',
        body: '[a-f0-9]{32}-X',
        examples: {
            positive: ['FLW_SECRET_KEY=FLWSECK_TEST-{hex:32}-X', 'secretKey: "FLWSECK-{hex:32}-X"'],
            negative: ['FLWSECK_TEST-{hex:20}-X'],
        },
    }),
    prefixed({
        id: 'flutterwave-encryption-key',
        description: 'Flutterwave encryption key',
        provider: 'flutterwave',
        prefix: 'FLWSECK',
        prefixPattern: 'FLWSECK(?:_TEST)?-?',
        body: '[a-f0-9]{12}',
        examples: {
            positive: [
                'FLW_ENCRYPTION_KEY=FLWSECK_TEST{hex:12}',
                'encryptionKey: "FLWSECK_TEST-{hex:12}"',
            ],
            negative: ['FLWSECK_TEST{hex:8}', 'FLWSECK_TEST-{hex:16}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flyio.ts
// Fly.io tokens: macaroon tokens `fm1a_`, `fm1r_`, `fm2_` + base64 (written after `FlyV1 `,
// several joined by commas), and older personal access tokens `fo1_` + 43 base64url characters.
// https://fly.io/docs/security/tokens/
/** Fly.io API tokens. */
const flyioDetectors = [
    {
        id: 'flyio-access-token',
        description: 'Fly.io personal access token',
        secretType: 'Fly.io API token',
        provider: 'flyio',
        strength: 'prefixed',
        keywords: ['fo1_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['FLY_API_TOKEN=fo1_{b64u:43}', 'Fly access token: fo1_{an:43}'],
            negative: ['fo1_{an:30}', '{an:4}-Fo1_{an:43}'],
        },
    },
    {
        id: 'flyio-macaroon-token',
        description: 'Fly.io macaroon token',
        secretType: 'Fly.io API token',
        provider: 'flyio',
        strength: 'prefixed',
        keywords: ['fm1a_', 'fm1r_', 'fm2_'],
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/]{80,4096}={0,3})(?![A-Za-z0-9_+/=-])',
        examples: {
            positive: ['FLY_API_TOKEN="FlyV1 fm2_{b64:300}"', 'token: fm1a_{b64:110}=='],
            negative: ['FLY_API_TOKEN="FlyV1 fm2_{b64:30}"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/frameio.ts

// Frame.io developer tokens: `fio-u-` + 64 base64url characters. https://developer.frame.io/docs/getting-started/authentication
/** Frame.io developer tokens. */
const frameioDetectors = [
    {
        ...prefixed({
            id: 'frameio-api-token',
            description: 'Frame.io developer token',
            provider: 'frameio',
            prefix: 'fio-u-',
            body: '',
            examples: {
                positive: ['FRAMEIO_TOKEN=fio-u-{b64u:64}', 'token: "fio-u-{an:64}"'],
                negative: ['fio-u-{an:30}', 'fio-u-{an:70}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/freemius.ts
// Freemius SDK configuration: the plugin's `secret_key` is `sk_` + 29 printable characters, set in
// a PHP array (`'secret_key' => 'sk_…'`). https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/
const secretKeyEntry = /(["'])secret_key\1[ \t]{0,4}=>[ \t]{0,4}(["'])(?<secret>sk_[\x21\x23-\x26\x28-\x7e]{29})\2/g;
// `=>` arrays in markup or documentation files are examples, not configuration.
const notPhp = /\.(?:html?|xml|md|markdown|rst|adoc|json|ya?ml|js|ts|css)$/i;
/** Freemius secret keys in PHP configuration arrays. */
const freemiusDetectors = [
    {
        id: 'freemius-secret-key',
        description: 'Freemius secret key',
        secretType: 'Freemius secret key',
        provider: 'freemius',
        strength: 'contextual',
        keywords: ['secret_key'],
        minEntropy: 3.5,
        detect({ text, start, end, path }) {
            if (notPhp.test(path))
                return [];
            const slice = text.slice(start, end);
            const matches = [];
            for (const match of slice.matchAll(secretKeyEntry)) {
                const secret = match.groups?.secret;
                const offset = start + match.index + match[0].length - secret.length - 1;
                matches.push({ start: offset, end: offset + secret.length, secret });
            }
            return matches;
        },
        examples: {
            positive: [`"secret_key" => "sk_{an:9}#{an:8}&@*{an:8}",`, `'secret_key' => 'sk_{b64:29}',`],
            negative: [`"other_key" => "sk_{l:29}",`, `"secret_key" => "sk_{an:12}" . $suffix,`],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/freshbooks.ts

// FreshBooks OAuth access tokens and client secrets: 64 characters (hex in practice).
// https://www.freshbooks.com/api/authentication
/** FreshBooks access tokens and client secrets next to a FreshBooks name. */
const freshbooksDetectors = [
    common_contextual({
        id: 'freshbooks-access-token',
        description: 'FreshBooks access token',
        provider: 'freshbooks',
        names: ['freshbooks'],
        value: '[A-Za-z0-9]{64}',
        minEntropy: 3.5,
        examples: {
            positive: ['FRESHBOOKS_ACCESS_TOKEN={hex:64}', 'freshbooksToken: "{lan:64}"'],
            negative: ['FRESHBOOKS_ACCESS={hex:60}', 'freshbooks_account_id = "{an:6}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/onepassword.ts

// Secret Key: https://support.1password.com/secret-key-security/ (version `A3`, a six-character
// account id, then 26 characters in dash-separated groups; older keys group them 11-5-5-5).
// Service account tokens: https://developer.1password.com/docs/service-accounts/ (`ops_` + base64 JSON).
/** 1Password account Secret Keys and service account tokens. */
const onePasswordDetectors = [
    prefixed({
        id: '1password-secret-key',
        description: '1Password account Secret Key',
        provider: '1password',
        prefix: 'A3-',
        body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
        minEntropy: 3,
        examples: {
            positive: [
                'OP_SECRET_KEY=A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}-{uan:5}-{uan:5}',
                '"secretKey": "A3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}"',
            ],
            negative: [
                'A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}',
                'xA3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}',
            ],
        },
    }),
    prefixed({
        id: '1password-service-account-token',
        description: '1Password service account token',
        provider: '1password',
        prefix: 'ops_eyJ',
        body: '[A-Za-z0-9+/_-]{100,4000}={0,2}',
        minEntropy: 4,
        examples: {
            positive: ['export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:400}', 'token: "ops_eyJ{b64:600}="'],
            negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:30}...'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/index.ts



















































/** Detectors of this group, in registry order. */
const providers_a_f_detectors = [
    ...adafruitDetectors,
    ...adobeDetectors,
    ...ageDetectors,
    ...airtableDetectors,
    ...algoliaDetectors,
    ...alibabaDetectors,
    ...anthropicDetectors,
    ...apifyDetectors,
    ...asanaDetectors,
    ...atlassianDetectors,
    ...authressDetectors,
    ...azureDetectors,
    ...beamerDetectors,
    ...bitbucketDetectors,
    ...bittrexDetectors,
    ...buildkiteDetectors,
    ...circleciDetectors,
    ...ciscoDetectors,
    ...clickhouseDetectors,
    ...clojarsDetectors,
    ...cloudflareDetectors,
    ...codecovDetectors,
    ...cohereDetectors,
    ...coinbaseDetectors,
    ...confluentDetectors,
    ...contentfulDetectors,
    ...databricksDetectors,
    ...datadogDetectors,
    ...definedNetworkingDetectors,
    ...denoDetectors,
    ...digitaloceanDetectors,
    ...dockerDetectors,
    ...dopplerDetectors,
    ...droneciDetectors,
    ...dropboxDetectors,
    ...duffelDetectors,
    ...dynatraceDetectors,
    ...easypostDetectors,
    ...etsyDetectors,
    ...facebookDetectors,
    ...fastlyDetectors,
    ...figmaDetectors,
    ...finicityDetectors,
    ...finnhubDetectors,
    ...flickrDetectors,
    ...flutterwaveDetectors,
    ...flyioDetectors,
    ...frameioDetectors,
    ...freemiusDetectors,
    ...freshbooksDetectors,
    ...onePasswordDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/shared.ts

/**
 * Regex source for a provider word in a variable name: case-insensitive, but the word must not
 * continue a longer lower-case word (`rookTable` is not `okta`, `global` is not `lob`). Used
 * without the `i` flag, so each spelling is listed.
 */
function shared_nameWord(word) {
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    return `(?:(?<![a-z])${lower}|(?<![A-Z])${upper}|${capital})`;
}
/** A token that carries its own provider prefix: `prefix` is literal regex source, `body` the rest. */
function shared_prefixed(base) {
    return build(base, 'prefixed', base.keywords, base.pattern ?? prefixedTokenPattern(base.prefix, base.body));
}
/**
 * Regex source matching `source` in any letter case without the `i` flag: each ASCII letter
 * outside a character class becomes `[xX]`. Escapes (`\\w`) and classes are kept as they are.
 */
function anyCase(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source.charAt(i);
        if (char === '\\') {
            out += char + source.charAt(i + 1);
            i++;
        }
        else if (inClass) {
            out += char;
            if (char === ']')
                inClass = false;
        }
        else if (char === '[') {
            out += char;
            inClass = true;
        }
        else if (/[a-z]/i.test(char)) {
            out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
        }
        else {
            out += char;
        }
    }
    return out;
}
/** Lookahead source rejecting a value made of words (`SoftwareEngineer`, `salesDashboard`). */
const notCamelWords = '(?!(?:[a-z]{2,40}|[A-Z][a-z]{2,40})(?:[A-Z][a-z]{2,40}){1,8}(?![A-Za-z0-9]))';
/**
 * A value without a prefix, recognised by the provider's name in the variable it is assigned
 * to. `name` is regex source matched in any case (with `caseSensitive`, exactly as written: use
 * {@link nameWord} then). The pattern runs without the `i` flag, so `value` spells its cases.
 * `notWords` rejects values that are camel-case words rather than random characters.
 */
function shared_contextual(base) {
    const name = base.caseSensitive ? base.name : anyCase(base.name);
    const value = base.notWords ? `${notCamelWords}(?:${base.value})` : base.value;
    const detector = build(base, 'contextual', base.keywords, assignedSecretPattern(name, value, base.after));
    detector.contextLines = 1;
    if (base.trigger !== undefined)
        detector.trigger = base.trigger;
    return detector;
}
function build(base, strength, keywords, pattern) {
    const detector = {
        id: base.id,
        description: base.description,
        secretType: base.secretType,
        provider: base.provider,
        strength,
        keywords,
        pattern,
        examples: { positive: base.positive, negative: base.negative },
    };
    if (base.minEntropy !== undefined)
        detector.minEntropy = base.minEntropy;
    if (base.allowlist !== undefined)
        detector.allowlist = base.allowlist;
    return detector;
}
/** Regex source for a UUID in either case. */
const uuid = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/gitter.ts

// Gitter personal access tokens (developer.gitter.im): 40 characters, no prefix.
/** Gitter access tokens, recognised by the variable they are assigned to. */
const gitterDetectors = [
    shared_contextual({
        id: 'gitter-access-token',
        description: 'Gitter access token',
        secretType: 'Gitter Access Token',
        provider: 'gitter',
        keywords: ['gitter'],
        name: 'gitter',
        value: '[a-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.2,
        positive: ['GITTER_TOKEN={lan:40}', 'gitter_token: "{hex:40}"'],
        negative: ['gitter_build = {lan:30}', 'GITTER_ROOM={lan:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/gocardless.ts

// GoCardless access tokens (developer.gocardless.com): `live_` or `sandbox_` then 40 characters.
/** GoCardless API access tokens, recognised by the variable they are assigned to. */
const gocardlessDetectors = [
    shared_contextual({
        id: 'gocardless-api-token',
        description: 'GoCardless API access token',
        secretType: 'GoCardless API Token',
        provider: 'gocardless',
        keywords: ['gocardless'],
        name: 'gocardless',
        value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['GOCARDLESS_ACCESS_TOKEN=live_{b64u:40}', "gocardless_token: 'sandbox_{an:40}'"],
        negative: ['GOCARDLESS_REF=live_{an:20}', 'GOCARDLESS_ENV=live_{an:40}x-{an:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/google.ts

// API keys: https://cloud.google.com/docs/authentication/api-keys (39 characters, `AIza` then 35 base64url).
// OAuth client secrets: `GOCSPX-` then 28 base64url characters (client_secret.json downloads).
// OAuth 2.0 access tokens start `ya29.`; refresh tokens start `1//` (developers.google.com/identity/protocols/oauth2).
const typeLine = /"type"[ \t]{0,5}:[ \t]{0,5}"(?<secret>service_account)"/dg;
const keyId = /"private_key_id"[ \t]{0,5}:[ \t]{0,5}"(?<id>[^"\n]{0,100})"/;
/**
 * A Google Cloud service account key file, found by its `"type": "service_account"` line. When
 * the file names a `private_key_id` that is not 40 hex characters it is a template, not a key.
 */
const serviceAccountKeyFile = {
    id: 'gcp-service-account',
    description: 'Google Cloud service account key file (JSON)',
    secretType: 'Google Cloud Service Account Key',
    provider: 'gcp',
    strength: 'prefixed',
    keywords: ['service_account'],
    detect(segment) {
        const slice = segment.text.slice(segment.start, segment.end);
        const matches = [];
        const id = keyId.exec(segment.text.slice(segment.start, segment.start + 20_000))?.groups?.id;
        if (id !== undefined && !/^[0-9a-f]{40}$/.test(id))
            return matches;
        for (const match of slice.matchAll(typeLine)) {
            const span = match.indices?.groups?.secret;
            if (!span)
                continue;
            matches.push({
                start: segment.start + span[0],
                end: segment.start + span[1],
                secret: id ?? 'service_account',
            });
        }
        return matches;
    },
    examples: {
        positive: [
            '{\n  "type": "service_account",\n  "project_id": "{l:8}-{d:6}",\n  "private_key_id": "{hex:40}"\n}',
            '{"type":"service_account","private_key_id":"{hex:40}","client_email":"ci@{l:6}.iam.gserviceaccount.com"}',
        ],
        negative: [
            '{"type": "service_account_key", "private_key_id": "{hex:40}"}',
            '{"type": "service_account", "private_key_id": "<KEY_ID>"}',
        ],
    },
};
/** Google Cloud / Maps / Firebase / Gemini API keys, Google OAuth client secrets and tokens. */
const googleDetectors = [
    shared_prefixed({
        id: 'gcp-api-key',
        description: 'Google Cloud API key (Maps, Firebase, Gemini and other Google APIs)',
        secretType: 'Google API Key',
        provider: 'gcp',
        keywords: ['aiza'],
        prefix: 'AIza',
        body: '[A-Za-z0-9_-]{35}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])',
        positive: [
            'GOOGLE_API_KEY=AIza{b64u:35}',
            'const firebaseConfig = { apiKey: "AIzaSy{an:33}" };',
        ],
        negative: ['AIza{an:30}', 'XAIza{an:35}', 'key: AIza{an:40}'],
    }),
    serviceAccountKeyFile,
    shared_prefixed({
        id: 'google-oauth-client-secret',
        description: 'Google OAuth 2.0 client secret',
        secretType: 'Google OAuth Client Secret',
        provider: 'google',
        keywords: ['gocspx-'],
        prefix: 'GOCSPX-',
        body: '[A-Za-z0-9_-]{28}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])',
        positive: ['"client_secret": "GOCSPX-{b64u:28}",', 'GOOGLE_CLIENT_SECRET=GOCSPX-{an:28}'],
        negative: ['GOCSPX-{an:20}', 'GOCSPX-{an:40}'],
    }),
    shared_prefixed({
        id: 'google-oauth-access-token',
        description: 'Google OAuth 2.0 access token',
        secretType: 'Google OAuth Access Token',
        provider: 'google',
        keywords: ['ya29.'],
        prefix: 'ya29\\.',
        body: '[A-Za-z0-9_-]{30,2048}',
        positive: ['Authorization: Bearer ya29.{b64u:120}', 'access_token = "ya29.a0{an:150}"'],
        negative: ['ya29.{an:10}', 'xya29.{an:120}'],
    }),
    shared_prefixed({
        id: 'google-oauth-refresh-token',
        description: 'Google OAuth 2.0 refresh token',
        secretType: 'Google OAuth Refresh Token',
        provider: 'google',
        keywords: ['1//0'],
        prefix: '1//0',
        body: '[A-Za-z0-9_-]{60,500}',
        pattern: '(?<![A-Za-z0-9_/:-])(?<secret>1//0[A-Za-z0-9_-]{60,500})(?![A-Za-z0-9_-])',
        positive: ['"refresh_token": "1//0{b64u:99}",', 'GOOGLE_REFRESH_TOKEN=1//0g{an:100}'],
        negative: ['x = 1//0{an:20}', 'http://1//0{an:80}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/grafana.ts

// Grafana API keys are base64 JSON starting `{"k":"` (eyJrIjoi); Grafana Cloud access policy
// tokens start `glc_` (base64 JSON); service account tokens are `glsa_` + 32 + `_` + 8 hex
// checksum (grafana.com/docs/grafana/latest/administration/service-accounts/).
/** Grafana API keys, Grafana Cloud tokens and Grafana service account tokens. */
const grafanaDetectors = [
    shared_prefixed({
        id: 'grafana-api-key',
        description: 'Grafana API key (legacy)',
        secretType: 'Grafana API Key',
        provider: 'grafana',
        keywords: ['eyjrijoi'],
        prefix: 'eyJrIjoi',
        body: '',
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{70,400}={0,2})(?![A-Za-z0-9_+/=-])',
        positive: ['GRAFANA_API_KEY=eyJrIjoi{b64:80}', 'grafana:\n  api_key: "eyJrIjoi{an:92}=="'],
        negative: ['eyJrIjoi{an:40}', 'x.eyJrIjoi{an:80}-y'],
    }),
    shared_prefixed({
        id: 'grafana-cloud-api-token',
        description: 'Grafana Cloud access policy token',
        secretType: 'Grafana Cloud Token',
        provider: 'grafana',
        keywords: ['glc_'],
        prefix: 'glc_',
        body: '',
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=-])',
        positive: ['GRAFANA_CLOUD_TOKEN=glc_{b64:120}==', 'loki:\n  password: glc_{lan:32}'],
        negative: ['glc_{an:20}', 'GLC_CreateLightmapTextureArray(void);'],
    }),
    shared_prefixed({
        id: 'grafana-service-account-token',
        description: 'Grafana service account token',
        secretType: 'Grafana Service Account Token',
        provider: 'grafana',
        keywords: ['glsa_'],
        prefix: 'glsa_',
        body: '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
        positive: [
            'GRAFANA_TOKEN=glsa_{an:32}_{hex:8}',
            "'Authorization': 'Bearer glsa_{an:32}_{hex:8}'",
        ],
        negative: ['glsa_{an:32}', 'glsa_{an:32}_{l:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/groq.ts

// Groq API keys (console.groq.com/keys): `gsk_` then 52 alphanumerics.
/** Groq API keys. */
const groqDetectors = [
    shared_prefixed({
        id: 'groq-api-key',
        description: 'Groq API key',
        secretType: 'Groq API Key',
        provider: 'groq',
        keywords: ['gsk_'],
        prefix: 'gsk_',
        body: '[A-Za-z0-9]{52}',
        positive: ['GROQ_API_KEY=gsk_{an:52}', 'client = Groq(api_key="gsk_{an:52}")'],
        negative: ['gsk_{an:30}', 'gsk_{an:60}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/harness.ts

// Harness API keys (developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys):
// `pat.` (personal) or `sat.` (service account), then account id, token id and secret, dot-separated.
/** Harness personal and service account API tokens. */
const harnessDetectors = [
    shared_prefixed({
        id: 'harness-api-key',
        description: 'Harness personal access or service account token',
        secretType: 'Harness API Key',
        provider: 'harness',
        keywords: ['pat.', 'sat.'],
        prefix: '(?:pat|sat)\\.',
        body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}',
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])',
        positive: [
            'HARNESS_API_KEY=pat.{an:22}.{hex:24}.{an:20}',
            'x-api-key: "sat.{an:22}.{hex:24}.{an:20}"',
        ],
        negative: ['pat.{an:22}.{hex:24}', 'pat.{an:22}.{hex:24}.{an:10}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/hashicorp.ts

// Terraform Cloud / Enterprise API tokens: 14 characters, `.atlasv1.`, then ~67 more
// (developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens).
const hclPath = /\.(?:tf|tfvars|hcl)$/i;
const hclBlock = /^[ \t]{0,8}(?:resource|provider|module|data|variable|locals)[ \t]{1,4}(?:"[\w.-]{1,64}"[ \t]{0,4}){0,2}\{/m;
const passwordAssignment = /(?<![A-Za-z0-9_])[A-Za-z0-9_]{0,40}password[ \t]{0,20}=[ \t]{0,20}"(?<secret>[^"\s$\\]{4,128})"/dg;
let lastText;
let lastIsHcl = false;
/** Whether a file is Terraform / HCL: by its extension, or by a top-level HCL block. */
function isHcl(text, path) {
    if (hclPath.test(path))
        return true;
    if (text !== lastText) {
        lastText = text;
        lastIsHcl = hclBlock.test(text);
    }
    return lastIsHcl;
}
/** A literal password written in a Terraform / HCL file (`administrator_login_password = "…"`). */
const terraformPassword = {
    id: 'hashicorp-tf-password',
    description: 'Hard-coded password in a Terraform / HCL file',
    secretType: 'Terraform Password',
    provider: 'hashicorp',
    strength: 'contextual',
    keywords: ['password'],
    minEntropy: 2.5,
    detect(segment) {
        if (!isHcl(segment.text, segment.path))
            return [];
        const slice = segment.text.slice(segment.start, segment.end);
        const matches = [];
        passwordAssignment.lastIndex = 0;
        for (const match of slice.matchAll(passwordAssignment)) {
            const span = match.indices?.groups?.secret;
            if (!span)
                continue;
            matches.push({
                start: segment.start + span[0],
                end: segment.start + span[1],
                secret: match.groups?.secret ?? '',
            });
        }
        return matches;
    },
    examples: {
        positive: [
            'resource "azurerm_mssql_server" "db" {\n  administrator_login_password = "{an:16}"\n}',
            'provider "grafana" {\n  password       = "{an:12}"\n}',
        ],
        negative: [
            'resource "aws_db_instance" "db" {\n  password = var.db_password\n}',
            'resource "aws_db_instance" "db" {\n  password = "${random_password.db.result}"\n}',
        ],
    },
};
/** Terraform Cloud API tokens and hard-coded Terraform passwords. */
const hashicorpDetectors = [
    shared_prefixed({
        id: 'hashicorp-tf-api-token',
        description: 'Terraform Cloud / Enterprise API token',
        secretType: 'Terraform Cloud API Token',
        provider: 'hashicorp',
        keywords: ['.atlasv1.'],
        prefix: '',
        body: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])',
        positive: [
            'TF_TOKEN_app_terraform_io={an:14}.atlasv1.{b64u:67}',
            'token = "{an:14}.atlasv1.{an:67}"',
        ],
        negative: ['{an:14}.atlasv1.{an:20}', '{an:10}.atlasv1.{an:67}'],
    }),
    terraformPassword,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/heroku.ts

// Heroku API keys were UUIDs; since 2024 new ones start `HRKU-` (devcenter.heroku.com/articles/authentication).
/** Heroku API keys: the prefixed format and the legacy UUID next to a Heroku name. */
const herokuDetectors = [
    shared_contextual({
        id: 'heroku-api-key',
        description: 'Heroku API key (legacy UUID format)',
        secretType: 'Heroku API Key',
        provider: 'heroku',
        keywords: ['heroku'],
        name: 'heroku',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"herokuApiKey": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: [
            'HEROKU_APP_ID={hex:8}-{hex:4}-{hex:4}',
            'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-{hex:4}',
        ],
    }),
    shared_prefixed({
        id: 'heroku-api-key-v2',
        description: 'Heroku API key',
        secretType: 'Heroku API Key',
        provider: 'heroku',
        keywords: ['hrku-'],
        prefix: 'HRKU-AA',
        body: '[A-Za-z0-9_-]{58}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])',
        positive: ['HEROKU_API_KEY=HRKU-AA{b64u:58}', 'const KEY = "HRKU-AA{an:58}";'],
        negative: ['HRKU-AA{an:30}', 'HRKU-AA{an:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/hubspot.ts

// HubSpot developer/legacy API keys are UUIDs; private app access tokens are `pat-` + hublet
// region (`na1`, `eu1`, ...) + `-` + UUID (developers.hubspot.com/docs/api/private-apps).
/** HubSpot private app tokens and legacy API keys. */
const hubspotDetectors = [
    shared_contextual({
        id: 'hubspot-api-key',
        description: 'HubSpot API key (legacy UUID format)',
        secretType: 'HubSpot API Key',
        provider: 'hubspot',
        keywords: ['hubspot', 'hapikey'],
        name: 'hubspot|hapikey',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'HUBSPOT_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'hubspot_hapikey: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'HUBSPOT_PORTAL={hex:8}-{hex:4}',
            'hubspot_ref = "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:10}"',
        ],
    }),
    shared_prefixed({
        id: 'hubspot-private-app-token',
        description: 'HubSpot private app access token',
        secretType: 'HubSpot Private App Token',
        provider: 'hubspot',
        keywords: ['pat-na', 'pat-eu', 'pat-ap', 'pat-us'],
        prefix: 'pat-(?:na|eu|ap|us)[0-9]-',
        body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap|us)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
        positive: [
            'HUBSPOT_ACCESS_TOKEN=pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'Authorization: Bearer pat-eu1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
        negative: ['pat-na1-{hex:8}-{hex:4}', 'pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-x'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/huggingface.ts

// User access tokens: `hf_` + 34 letters (huggingface.co/docs/hub/security-tokens); legacy
// organization API tokens: `api_org_` + 34 letters.
/** Hugging Face user access tokens and organization API tokens. */
const huggingfaceDetectors = [
    shared_prefixed({
        id: 'huggingface-access-token',
        description: 'Hugging Face user access token',
        secretType: 'Hugging Face Token',
        provider: 'huggingface',
        keywords: ['hf_'],
        prefix: 'hf_',
        body: '[A-Za-z]{34}',
        positive: ['HF_TOKEN=hf_{a:34}', 'huggingface-cli login --token hf_{a:34}'],
        negative: ['hf_{a:20}', 'rhf_{a:34}', 'hf_{a:40}'],
    }),
    shared_prefixed({
        id: 'huggingface-organization-api-token',
        description: 'Hugging Face organization API token (legacy)',
        secretType: 'Hugging Face Token',
        provider: 'huggingface',
        keywords: ['api_org_'],
        prefix: 'api_org_',
        body: '[A-Za-z]{34}',
        positive: ['HUGGINGFACEHUB_API_TOKEN=api_org_{a:34}', "use_auth_token='api_org_{a:34}'"],
        negative: ['api_org_{a:20}', 'def _api_org_{hex:8}_{hex:4}(self):'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/infracost.ts

// Infracost API keys (infracost.io/docs): `ico-` + 32 alphanumerics.
/** Infracost API keys. */
const infracostDetectors = [
    shared_prefixed({
        id: 'infracost-api-token',
        description: 'Infracost API key',
        secretType: 'Infracost API Key',
        provider: 'infracost',
        keywords: ['ico-'],
        prefix: 'ico-',
        body: '[A-Za-z0-9]{32}',
        // Not after a dot, slash or dash: `favicon.ico-<hash>.png` is a file name.
        pattern: '(?<![A-Za-z0-9_./-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])',
        positive: ['INFRACOST_API_KEY=ico-{an:32}', 'secret_value = "ico-{an:32}"'],
        negative: ['ico-{an:20}', 'img src="favicon.ico-{hex:32}.png"'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/intercom.ts

// Intercom access tokens (developers.intercom.com/docs/build-an-integration/learn-more/authentication):
// 60 base64 characters, no prefix.
/** Intercom access tokens, recognised by the variable they are assigned to. */
const intercomDetectors = [
    shared_contextual({
        id: 'intercom-api-key',
        description: 'Intercom access token',
        secretType: 'Intercom Access Token',
        provider: 'intercom',
        keywords: ['intercom'],
        name: 'intercom',
        value: '[A-Za-z0-9_+/=-]{60}',
        after: '(?![A-Za-z0-9_+/=-])',
        minEntropy: 3.5,
        positive: ['INTERCOM_ACCESS_TOKEN={b64:59}=', 'intercom_access_token: "{an:60}"'],
        negative: ['INTERCOM_REF={an:40}', 'INTERCOM_APP_ID={an:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/intra42.ts

// 42 intranet (api.intra.42.fr) OAuth application secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 hex.
/** 42 intranet OAuth client secrets. */
const intra42Detectors = [
    shared_prefixed({
        id: 'intra42-client-secret',
        description: '42 intranet OAuth client secret',
        secretType: '42 Intra Client Secret',
        provider: 'intra42',
        keywords: ['s-s4t2'],
        prefix: 's-s4t2(?:ud|af)-',
        body: '[a-f0-9]{64}',
        positive: ['INTRA42_SECRET=s-s4t2ud-{hex:64}', 'clientSecret := "s-s4t2af-{hex:64}"'],
        negative: ['s-s4t2ud-{hex:40}', 's-s4t2ud-{hex:64}{l:3}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/kraken.ts

// Kraken API private keys (docs.kraken.com/api/docs/guides/spot-rest-auth): base64 of 64 bytes,
// 88 characters, no prefix.
/** Kraken API private keys, recognised by the variable they are assigned to. */
const krakenDetectors = [
    shared_contextual({
        id: 'kraken-access-token',
        description: 'Kraken API private key',
        secretType: 'Kraken API Key',
        provider: 'kraken',
        keywords: ['kraken'],
        name: 'kraken',
        value: '[A-Za-z0-9_+/=-]{80,90}',
        after: '(?![A-Za-z0-9_+/=-])',
        minEntropy: 4,
        positive: ['KRAKEN_PRIVATE_KEY={b64:86}==', '"krakenApiSecret": "{b64:86}=="'],
        negative: ['KRAKEN_REF={b64:40}', 'KRAKEN_REF={b64:120}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/kucoin.ts

// KuCoin API credentials (docs.kucoin.com): the API key is 24 hex characters, the secret a UUID.
/** KuCoin API keys and secrets, recognised by the variable they are assigned to. */
const kucoinDetectors = [
    shared_contextual({
        id: 'kucoin-access-token',
        description: 'KuCoin API key',
        secretType: 'KuCoin API Key',
        provider: 'kucoin',
        keywords: ['kucoin'],
        name: 'kucoin',
        value: '[a-f0-9]{24}',
        minEntropy: 3,
        positive: ['KUCOIN_API_KEY={hex:24}', '"kucoinApiKey": "{hex:24}"'],
        negative: ['KUCOIN_REF={hex:16}', 'KUCOIN_REF={hex:30}'],
    }),
    shared_contextual({
        id: 'kucoin-secret-key',
        description: 'KuCoin API secret',
        secretType: 'KuCoin API Secret',
        provider: 'kucoin',
        keywords: ['kucoin'],
        name: 'kucoin',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'KUCOIN_API_SECRET={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            "kucoin_secret: '{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'",
        ],
        negative: [
            'KUCOIN_REF={hex:8}-{hex:4}-{hex:4}',
            'KUCOIN_API_SECRET={l:8}-{l:4}-{l:4}-{l:4}-{l:12}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/launchdarkly.ts

// LaunchDarkly keys (docs.launchdarkly.com/home/account/api): SDK keys `sdk-` + UUID, mobile
// keys `mob-` + UUID, API access tokens `api-` + UUID: 40 characters in all.
/** LaunchDarkly SDK keys, mobile keys and API access tokens, next to a LaunchDarkly name. */
const launchdarklyDetectors = [
    shared_contextual({
        id: 'launchdarkly-access-token',
        description: 'LaunchDarkly SDK key, mobile key or API access token',
        secretType: 'LaunchDarkly Access Token',
        provider: 'launchdarkly',
        keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
        name: 'launch[-_]?darkly',
        value: '[A-Za-z0-9_=-]{40}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.3,
        positive: [
            'LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'launchDarklyToken: "{b64u:40}"',
        ],
        negative: ['LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}', 'LAUNCHDARKLY_CLIENT_ID={hex:24}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/linear.ts

// Linear personal API keys: `lin_api_` + 40 alphanumerics (linear.app/developers/graphql);
// OAuth application client secrets: 32 hex characters.
/** Linear API keys and OAuth client secrets. */
const linearDetectors = [
    shared_prefixed({
        id: 'linear-api-key',
        description: 'Linear personal API key',
        secretType: 'Linear API Key',
        provider: 'linear',
        keywords: ['lin_api_'],
        prefix: 'lin_api_',
        body: '[A-Za-z0-9]{40}',
        positive: ['LINEAR_API_KEY=lin_api_{an:40}', "headers: { Authorization: 'lin_api_{an:40}' }"],
        negative: ['lin_api_{an:20}', 'lin_api_{an:50}'],
    }),
    shared_contextual({
        id: 'linear-client-secret',
        description: 'Linear OAuth application client secret',
        secretType: 'Linear Client Secret',
        provider: 'linear',
        keywords: ['linear'],
        name: shared_nameWord('linear'),
        value: '[a-f0-9]{32}',
        caseSensitive: true,
        minEntropy: 3,
        positive: ['LINEAR_CLIENT_SECRET={hex:32}', 'linear_client_secret: "{hex:32}"'],
        negative: ['LINEAR_REF={hex:20}', 'nonlinear_hash = "{hex:32}"'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/linkedin.ts

// LinkedIn OAuth apps (learn.microsoft.com/linkedin/shared/authentication): the client id is 14
// lower-case alphanumerics, the client secret 16 alphanumerics.
/** LinkedIn OAuth client ids and secrets, recognised by the variable they are assigned to. */
const linkedinDetectors = [
    shared_contextual({
        id: 'linkedin-client-id',
        description: 'LinkedIn OAuth client id',
        secretType: 'LinkedIn Client ID',
        provider: 'linkedin',
        keywords: ['linkedin', 'linked_in', 'linked-in'],
        name: 'linked[-_]?in',
        value: '[a-z0-9]{14}',
        minEntropy: 2.8,
        positive: ['LINKEDIN_CLIENT_ID={d:3}{l:4}{lan:7}', '"linkedinClientId": "{d:2}{l:5}{lan:7}"'],
        negative: ['LINKEDIN_CLIENT_ID={lan:10}', 'linkedin_url = "{l:14}"'],
        allowlist: ['^[a-z]{14}$'],
    }),
    shared_contextual({
        id: 'linkedin-client-secret',
        description: 'LinkedIn OAuth client secret',
        secretType: 'LinkedIn Client Secret',
        provider: 'linkedin',
        keywords: ['linkedin', 'linked_in', 'linked-in'],
        name: 'linked[-_]?in',
        value: '[A-Za-z0-9]{16}',
        minEntropy: 3,
        positive: [
            'LINKEDIN_CLIENT_SECRET={u:2}{d:2}{an:12}',
            'linkedin_client_secret: {l:2}{d:2}{an:12}',
        ],
        negative: ['LINKEDIN_REF={an:12}', 'linkedin_title = "{u:1}{l:7}{u:1}{l:7}"'],
        notWords: true,
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/lob.ts

// Lob API keys (docs.lob.com/#section/Authentication): secret keys `live_` / `test_` + 35 hex,
// publishable keys `live_pub_` / `test_pub_` + 31 hex.
/** Lob secret and publishable API keys. */
const lobDetectors = [
    shared_contextual({
        id: 'lob-api-key',
        description: 'Lob secret API key',
        secretType: 'Lob API Key',
        provider: 'lob',
        keywords: [],
        // 'lob' alone hits every `global` and `blob`: the key's own shape picks the lines.
        trigger: 'live_[a-f0-9]{35}|test_[a-f0-9]{35}',
        name: shared_nameWord('lob'),
        value: '(?:live|test)_[a-f0-9]{35}',
        caseSensitive: true,
        positive: ['LOB_API_KEY=live_{hex:35}', "lobToken: 'test_{hex:35}'"],
        negative: ['LOB_REF=live_{hex:20}', 'global_ref = "live_{hex:35}"'],
    }),
    shared_prefixed({
        id: 'lob-pub-api-key',
        description: 'Lob publishable API key',
        secretType: 'Lob Publishable Key',
        provider: 'lob',
        keywords: ['live_pub_', 'test_pub_'],
        prefix: '(?:live|test)_pub_',
        body: '[a-f0-9]{31}',
        positive: ['LOB_PUBLISHABLE_KEY=live_pub_{hex:31}', 'const lob = Lob("test_pub_{hex:31}");'],
        negative: ['live_pub_{hex:20}', 'test_pub_{hex:31}{l:2}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/looker.ts

// Looker API3 credentials (cloud.google.com/looker/docs/api-auth): client id 20 alphanumerics,
// client secret 24 alphanumerics.
/** Looker API client ids and secrets, recognised by the variable they are assigned to. */
const lookerDetectors = [
    shared_contextual({
        id: 'looker-client-id',
        description: 'Looker API client id',
        secretType: 'Looker Client ID',
        provider: 'looker',
        keywords: ['looker'],
        name: 'looker',
        value: '[A-Za-z0-9]{20}',
        minEntropy: 3,
        positive: ['LOOKERSDK_CLIENT_ID={an:20}', 'looker_client_id: "{an:18}{d:2}"'],
        negative: ['LOOKERSDK_CLIENT_ID={an:12}', 'looker_view = "{u:1}{l:9}{u:1}{l:9}"'],
        notWords: true,
    }),
    shared_contextual({
        id: 'looker-client-secret',
        description: 'Looker API client secret',
        secretType: 'Looker Client Secret',
        provider: 'looker',
        keywords: ['looker'],
        name: 'looker',
        value: '[A-Za-z0-9]{24}',
        minEntropy: 3,
        positive: ['LOOKERSDK_CLIENT_SECRET={an:24}', '"lookerClientSecret": "{an:24}"'],
        negative: ['LOOKER_REF={an:30}', 'looker_model_name = "{l:12}{u:1}{l:11}"'],
        notWords: true,
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mailgun.ts

// Mailgun keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication): legacy
// private API keys `key-` + 32 hex, public validation keys `pubkey-` + 32 hex, and current API /
// webhook signing keys 32 hex + `-` + 8 hex + `-` + 8 hex.
/** Mailgun private API keys, public validation keys and webhook signing keys. */
const mailgunDetectors = [
    shared_contextual({
        id: 'mailgun-private-api-token',
        description: 'Mailgun private API key (legacy `key-` format)',
        secretType: 'Mailgun API Key',
        provider: 'mailgun',
        keywords: ['mailgun'],
        name: 'mailgun',
        value: 'key-[a-f0-9]{32}',
        positive: ['MAILGUN_API_KEY=key-{hex:32}', "mailgun_api_key: 'key-{hex:32}'"],
        negative: ['MAILGUN_REF=key-{hex:20}', 'MAILGUN_API_KEY=key-{l:32}'],
    }),
    shared_prefixed({
        id: 'mailgun-pub-key',
        description: 'Mailgun public validation key',
        secretType: 'Mailgun Public Key',
        provider: 'mailgun',
        keywords: ['pubkey-'],
        prefix: 'pubkey-',
        body: '[a-f0-9]{32}',
        positive: [
            'MAILGUN_PUBLIC_KEY=pubkey-{hex:32}',
            'const mg = { publicKey: "pubkey-{hex:32}" };',
        ],
        negative: ['pubkey-{hex:20}', 'pubkey-{hex:32}{l:4}'],
    }),
    shared_contextual({
        id: 'mailgun-signing-key',
        description: 'Mailgun API or webhook signing key',
        secretType: 'Mailgun Signing Key',
        provider: 'mailgun',
        keywords: ['mailgun'],
        name: 'mailgun',
        value: '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}',
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'MAILGUN_SIGNING_KEY={hex:32}-{hex:8}-{hex:8}',
            '"mailgunApiKey": "{hex:32}-{hex:8}-{hex:8}"',
        ],
        negative: ['MAILGUN_REF={hex:32}-{hex:8}', 'MAILGUN_DOMAIN={hex:32}-{hex:8}-{hex:8}-{hex:4}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mapbox.ts

// Mapbox access tokens (docs.mapbox.com/help/dive-deeper/access-tokens/): `pk.` public, `sk.`
// secret or `tk.` temporary, then a base64url JSON payload (`eyJ1Ijoi…`), a dot and 22 more.
/** Mapbox access tokens: by their JSON payload, or any `pk./sk./tk.` shape next to a Mapbox name. */
const mapboxDetectors = [
    shared_prefixed({
        id: 'mapbox-access-token',
        description: 'Mapbox access token',
        secretType: 'Mapbox Access Token',
        provider: 'mapbox',
        keywords: ['pk.eyj', 'sk.eyj', 'tk.eyj'],
        prefix: '[pst]k\\.eyJ',
        body: '[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}',
        positive: [
            'MAPBOX_TOKEN=sk.eyJ1Ijoi{b64u:60}.{b64u:22}',
            "mapboxgl.accessToken = 'pk.eyJ1Ijoi{an:50}.{an:22}';",
        ],
        negative: ['pk.eyJ1Ijoi{an:50}', 'pk.eyJ1Ijoi{an:10}.{an:22}'],
    }),
    shared_contextual({
        id: 'mapbox-api-token',
        description: 'Mapbox access token next to a Mapbox name',
        secretType: 'Mapbox Access Token',
        provider: 'mapbox',
        keywords: ['mapbox'],
        name: 'mapbox',
        value: '[pst]k\\.[A-Za-z0-9_-]{40,300}\\.[A-Za-z0-9_-]{20,30}',
        after: '(?![A-Za-z0-9_.-])',
        minEntropy: 3.5,
        positive: ['MAPBOX_ACCESS_TOKEN=pk.{lan:60}.{lan:22}', 'mapbox_token: "sk.{an:70}.{an:22}"'],
        negative: ['MAPBOX_REF=pk.{lan:20}.{lan:22}', 'MAPBOX_STYLE=mapbox.{lan:60}.{lan:22}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mattermost.ts

// Mattermost personal access / bot tokens (developers.mattermost.com): 26 lower-case alphanumerics.
/** Mattermost access tokens, recognised by the variable they are assigned to. */
const mattermostDetectors = [
    shared_contextual({
        id: 'mattermost-access-token',
        description: 'Mattermost personal access or bot token',
        secretType: 'Mattermost Access Token',
        provider: 'mattermost',
        keywords: ['mattermost'],
        name: 'mattermost',
        value: '[a-z0-9]{26}',
        minEntropy: 3,
        positive: ['MATTERMOST_TOKEN={lan:26}', 'mattermost_bot_token: "{lan:26}"'],
        negative: ['MATTERMOST_REF={lan:20}', 'MATTERMOST_TEAM={l:5}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/maxmind.ts

// MaxMind license keys (dev.maxmind.com/license-key): since 2024, 6 + `_` + 29 alphanumerics
// then the `_mmk` suffix, 40 characters in all.
/** MaxMind GeoIP license keys. */
const maxmindDetectors = [
    shared_prefixed({
        id: 'maxmind-license-key',
        description: 'MaxMind license key',
        secretType: 'MaxMind License Key',
        provider: 'maxmind',
        keywords: ['_mmk'],
        prefix: '',
        body: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
        positive: ['MAXMIND_LICENSE_KEY={an:6}_{an:29}_mmk', 'LicenseKey {an:6}_{an:29}_mmk'],
        negative: ['{an:6}_{an:20}_mmk', '{an:6}_{an:29}_mmkx'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/messagebird.ts

// MessageBird (Bird) REST API access keys are 25 alphanumerics (developers.messagebird.com/api/#authentication);
// client / workspace ids are UUIDs.
/** MessageBird access keys and client ids, recognised by the variable they are assigned to. */
const messagebirdDetectors = [
    shared_contextual({
        id: 'messagebird-api-token',
        description: 'MessageBird API access key',
        secretType: 'MessageBird API Key',
        provider: 'messagebird',
        keywords: ['messagebird', 'message-bird', 'message_bird'],
        name: 'message[-_]?bird',
        value: '[A-Za-z0-9]{25}',
        minEntropy: 3,
        positive: ['MESSAGEBIRD_ACCESS_KEY={an:25}', "message_bird_token: '{lan:25}'"],
        negative: ['MESSAGEBIRD_REF={an:20}', 'MESSAGEBIRD_ORIGINATOR={an:30}'],
        notWords: true,
    }),
    shared_contextual({
        id: 'messagebird-client-id',
        description: 'MessageBird client id',
        secretType: 'MessageBird Client ID',
        provider: 'messagebird',
        keywords: ['messagebird', 'message-bird', 'message_bird'],
        name: 'message[-_]?bird',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"messageBirdClientId": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: [
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}',
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:14}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/microsoft-teams.ts

// Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors):
// https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>[/<signature>],
// and the retired https://outlook.office.com/webhook/… form.
const id36 = '[A-Za-z0-9-]{36}';
/** Microsoft Teams incoming webhook URLs. */
const microsoftTeamsDetectors = [
    shared_prefixed({
        id: 'microsoft-teams-webhook',
        description: 'Microsoft Teams incoming webhook URL',
        secretType: 'Microsoft Teams Webhook',
        provider: 'microsoft-teams',
        keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
        prefix: '',
        body: '',
        pattern: `(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${id36}@${id36}/IncomingWebhook/[A-Za-z0-9]{32}/${id36}(?:/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
        positive: [
            'TEAMS_WEBHOOK_URL=https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'url: "https://outlook.office.com/webhook/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/netlify.ts

// Netlify personal access tokens (docs.netlify.com/api/get-started/#authentication): 40-46
// base64url characters, no prefix in the legacy format.
/** Netlify personal access tokens, recognised by the variable they are assigned to. */
const netlifyDetectors = [
    shared_contextual({
        id: 'netlify-access-token',
        description: 'Netlify personal access token',
        secretType: 'Netlify Access Token',
        provider: 'netlify',
        keywords: ['netlify'],
        name: 'netlify',
        value: '[A-Za-z0-9_=-]{40,46}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['NETLIFY_AUTH_TOKEN={b64u:43}', 'netlify_token: "{an:40}"'],
        negative: ['NETLIFY_REF={an:30}', 'NETLIFY_SITE_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/newrelic.ts

// New Relic keys (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys): user API keys
// `NRAK-` + 27, Insights insert keys `NRII-` + 32, browser keys `NRJS-` + 19 hex, and 64-character
// REST API ids next to a New Relic name.
const newRelicName = 'new[-_.]?relic';
/** New Relic user API keys, insert keys, browser keys and REST API ids. */
const newRelicDetectors = [
    shared_prefixed({
        id: 'new-relic-user-api-key',
        description: 'New Relic user API key',
        secretType: 'New Relic User API Key',
        provider: 'new-relic',
        keywords: ['nrak-'],
        prefix: 'NRAK-',
        body: '[A-Za-z0-9]{27}',
        positive: ['NEW_RELIC_API_KEY=NRAK-{uan:27}', '"apiKey": "NRAK-{uan:27}"'],
        negative: ['NRAK-{uan:20}', 'NRAK-{uan:29}'],
    }),
    shared_prefixed({
        id: 'new-relic-insert-key',
        description: 'New Relic Insights insert key',
        secretType: 'New Relic Insert Key',
        provider: 'new-relic',
        keywords: ['nrii-'],
        prefix: 'NRII-',
        body: '[A-Za-z0-9_-]{32}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
        positive: ['NEW_RELIC_INSERT_KEY=NRII-{b64u:32}', "insert_key: 'NRII-{hex:32}'"],
        negative: ['NRII-{hex:20}', 'NRII-{hex:40}'],
    }),
    shared_prefixed({
        id: 'new-relic-browser-api-token',
        description: 'New Relic browser monitoring key',
        secretType: 'New Relic Browser Key',
        provider: 'new-relic',
        keywords: ['nrjs-'],
        prefix: 'NRJS-',
        body: '[a-f0-9]{19}',
        positive: [
            'NEW_RELIC_BROWSER_KEY=NRJS-{hex:19}',
            'licenseKey:"NRJS-{hex:19}",applicationID:"{d:9}"',
        ],
        negative: ['NRJS-{hex:12}', 'NRJS-{hex:25}'],
    }),
    shared_contextual({
        id: 'new-relic-user-api-id',
        description: 'New Relic REST API id / key (64 characters)',
        secretType: 'New Relic API Key',
        provider: 'new-relic',
        keywords: ['newrelic', 'new-relic', 'new_relic', 'new.relic'],
        name: newRelicName,
        value: '[A-Za-z0-9]{64}',
        minEntropy: 3.5,
        positive: ['NEW_RELIC_REST_KEY={lan:64}', 'newrelic_api_id: "{an:64}"'],
        negative: ['NEW_RELIC_REF={lan:50}', 'NEW_RELIC_REF={lan:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/notion.ts

// Notion integration tokens (developers.notion.com/docs/authorization): `ntn_` + 11 digits + 35
// alphanumerics since 2024; the earlier internal integration secrets are `secret_` + 43.
/** Notion integration tokens, current and legacy. */
const notionDetectors = [
    shared_prefixed({
        id: 'notion-api-token',
        description: 'Notion integration token',
        secretType: 'Notion API Token',
        provider: 'notion',
        keywords: ['ntn_'],
        prefix: 'ntn_',
        body: '[0-9]{11}[A-Za-z0-9]{35}',
        positive: [
            'NOTION_TOKEN=ntn_{d:11}{an:35}',
            'const notion = new Client({ auth: "ntn_{d:11}{an:35}" });',
        ],
        negative: ['ntn_{d:11}', 'ntn_{d:11}{an:10}', 'ntn_{d:11}{an:45}'],
    }),
    shared_contextual({
        id: 'notion-legacy-api-token',
        description: 'Notion internal integration secret (legacy `secret_` format)',
        secretType: 'Notion API Token',
        provider: 'notion',
        keywords: ['notion'],
        name: 'notion',
        value: 'secret_[A-Za-z0-9]{43}',
        minEntropy: 3.5,
        positive: ['NOTION_API_KEY=secret_{an:43}', "notion_token: 'secret_{an:43}'"],
        negative: ['NOTION_REF=secret_{an:20}', 'NOTION_DB=secret_{an:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/nytimes.ts

// New York Times developer API keys (developer.nytimes.com/get-started): 32 alphanumerics.
/** New York Times API keys, recognised by the variable they are assigned to. */
const nytimesDetectors = [
    shared_contextual({
        id: 'nytimes-access-token',
        description: 'New York Times API key',
        secretType: 'New York Times API Key',
        provider: 'nytimes',
        keywords: ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'],
        name: 'nytimes|new[-_]?york[-_]?times',
        value: '[A-Za-z0-9_=-]{32}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['NYTIMES_API_KEY={an:32}', '"nytimesKey": "{lan:32}"'],
        negative: ['NYTIMES_REF={an:20}', 'NYTIMES_SECTION={an:40}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/octopus.ts

// Octopus Deploy API keys (octopus.com/docs/octopus-rest-api/how-to-create-an-api-key): `API-` + 26
// upper-case alphanumerics (older keys), the form the CLI and Terraform provider accept.
/** Octopus Deploy API keys. */
const octopusDetectors = [
    shared_prefixed({
        id: 'octopus-deploy-api-key',
        description: 'Octopus Deploy API key',
        secretType: 'Octopus Deploy API Key',
        provider: 'octopus-deploy',
        keywords: ['api-'],
        prefix: 'API-',
        body: '[A-Z0-9]{26}',
        pattern: '(?<![A-Za-z0-9_./-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_.-])',
        positive: ['OCTOPUS_API_KEY=API-{uan:26}', 'octopus_api_key = "API-{uan:26}"'],
        negative: ['API-{uan:20}', 'GSSAPI-{uan:26}', 'https://{l:8}.notion.site/API-{HEX:32}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/okta.ts

// Okta API tokens (developer.okta.com/docs/guides/create-an-api-token/): 42 characters
// starting `00`, sent as `Authorization: SSWS <token>`.
/** Okta API tokens, recognised by the variable they are assigned to. */
const oktaDetectors = [
    shared_contextual({
        id: 'okta-access-token',
        description: 'Okta API token',
        secretType: 'Okta API Token',
        provider: 'okta',
        keywords: ['okta'],
        name: shared_nameWord('okta'),
        value: '00[A-Za-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        caseSensitive: true,
        minEntropy: 3.5,
        positive: ['OKTA_API_TOKEN=00{b64u:40}', 'var OktaApiToken = "00{an:40}";'],
        negative: ['OKTA_REF=00{an:30}', 'rookTable = 00{an:40}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/openrouter.ts

// OpenRouter API keys (openrouter.ai/keys): `sk-or-v1-` then 64 hex characters.
/** OpenRouter API keys. */
const openrouterDetectors = [
    shared_prefixed({
        id: 'openrouter-api-key',
        description: 'OpenRouter API key',
        secretType: 'OpenRouter API Key',
        provider: 'openrouter',
        keywords: ['sk-or-v1-'],
        prefix: 'sk-or-v1-',
        body: '[a-f0-9]{64}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])',
        positive: ['OPENROUTER_API_KEY=sk-or-v1-{hex:64}', 'api_key="sk-or-v1-{hex:64}",'],
        negative: ['sk-or-v1-{hex:40}', 'sk-or-v1-{hex:64}-{hex:4}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/openshift.ts

// OpenShift OAuth access tokens (docs.openshift.com, "Token format"): `sha256~` + 43 base64url.
/** OpenShift user / OAuth access tokens. */
const openshiftDetectors = [
    shared_prefixed({
        id: 'openshift-user-token',
        description: 'OpenShift OAuth access token',
        secretType: 'OpenShift User Token',
        provider: 'openshift',
        keywords: ['sha256~'],
        prefix: 'sha256~',
        body: '[A-Za-z0-9_-]{43}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
        positive: [
            'oc login --token=sha256~{b64u:43} --server=https://api.{l:6}.example:6443',
            'OPENSHIFT_TOKEN="sha256~{an:43}"',
        ],
        negative: ['sha256~{an:30}', 'sha256~{an:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/index.ts


































/** Detectors of this group, in registry order. */
const providers_g_o_detectors = [
    ...googleDetectors,
    ...gitterDetectors,
    ...gocardlessDetectors,
    ...grafanaDetectors,
    ...groqDetectors,
    ...harnessDetectors,
    ...hashicorpDetectors,
    ...herokuDetectors,
    ...hubspotDetectors,
    ...huggingfaceDetectors,
    ...infracostDetectors,
    ...intercomDetectors,
    ...intra42Detectors,
    ...krakenDetectors,
    ...kucoinDetectors,
    ...launchdarklyDetectors,
    ...linearDetectors,
    ...linkedinDetectors,
    ...lobDetectors,
    ...lookerDetectors,
    ...mailgunDetectors,
    ...mapboxDetectors,
    ...mattermostDetectors,
    ...maxmindDetectors,
    ...messagebirdDetectors,
    ...microsoftTeamsDetectors,
    ...netlifyDetectors,
    ...newRelicDetectors,
    ...notionDetectors,
    ...nytimesDetectors,
    ...octopusDetectors,
    ...oktaDetectors,
    ...openrouterDetectors,
    ...openshiftDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/perplexity.ts

// Perplexity API keys: `pplx-` then 48 base62 characters (https://docs.perplexity.ai/guides/getting-started).
/** Perplexity API key. */
const perplexityDetectors = [
    {
        id: 'perplexity-api-key',
        description: 'Perplexity API key',
        secretType: 'Perplexity API Key',
        provider: 'perplexity',
        strength: 'prefixed',
        keywords: ['pplx-'],
        pattern: prefixedTokenPattern('pplx-', '[A-Za-z0-9]{48}'),
        examples: {
            positive: ['PERPLEXITY_API_KEY=pplx-{an:48}', 'client = Perplexity(api_key="pplx-{an:48}")'],
            negative: ['pplx-{an:30}', 'xpplx-{an:48}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/helpers.ts

/**
 * Turns a literal word into a case-insensitive regex source (`plaid` → `[pP][lL][aA][iI][dD]`),
 * so that a name matches in any case while the value pattern keeps its own case rules.
 */
function helpers_anyCase(word) {
    return [...word]
        .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        if (lower !== upper)
            return `[${lower}${upper}]`;
        return /[\w]/.test(char) ? char : `\\${char}`;
    })
        .join('');
}
/** Builds a contextual detector: a value assigned to a name that mentions the provider. */
function contextualDetector(spec) {
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'contextual',
        keywords: spec.keywords,
        contextLines: 1,
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: assignedSecretPattern(spec.name, spec.value, spec.after),
        examples: { positive: spec.positive, negative: spec.negative },
    };
}

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/pinecone.ts

// Pinecone API keys (https://docs.pinecone.io/guides/projects/manage-api-keys): current keys start
// with `pcsk_` (a short key id, `_`, then the secret); older keys were UUIDs.
/** Pinecone API keys, prefixed or legacy UUID assigned to a pinecone name. */
const pineconeDetectors = [
    {
        id: 'pinecone-api-key',
        description: 'Pinecone API key',
        secretType: 'Pinecone API Key',
        provider: 'pinecone',
        strength: 'prefixed',
        keywords: ['pcsk_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,12}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'PINECONE_API_KEY=pcsk_{an:6}_{an:63}',
                'pc = Pinecone(api_key="pcsk_{an:5}_{an:64}")',
            ],
            negative: ['pcsk_{an:6}', 'pcsk_{an:6}_{an:20}'],
        },
    },
    contextualDetector({
        id: 'pinecone-legacy-api-key',
        description: 'Pinecone API key (legacy UUID format)',
        secretType: 'Pinecone API Key',
        provider: 'pinecone',
        name: helpers_anyCase('pinecone'),
        value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['pinecone'],
        positive: [
            'PINECONE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'pinecone:\n  pinecone_api_key: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: ['PINECONE_ENVIRONMENT=us-west1-gcp', 'PINECONE_INDEX=docs-{hex:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/plaid.ts

// Plaid keys (https://plaid.com/docs/api/#api-access, https://plaid.com/docs/api/tokens/):
// client_id is 24 hex characters, secrets are 30 hex characters, and access tokens are
// `access-<environment>-<UUID>`.
const plaid = helpers_anyCase('plaid');
/** Plaid access tokens, client ids and secrets. */
const plaidDetectors = [
    {
        id: 'plaid-api-token',
        description: 'Plaid access token',
        secretType: 'Plaid Access Token',
        provider: 'plaid',
        strength: 'prefixed',
        keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'PLAID_ACCESS_TOKEN=access-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                '{"access_token": "access-production-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"}',
            ],
            negative: [
                'token = "access-staging-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
                'public_token = "public-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
            ],
        },
    },
    contextualDetector({
        id: 'plaid-client-id',
        description: 'Plaid client id',
        provider: 'plaid',
        name: plaid,
        value: '[A-Za-z0-9]{24}',
        keywords: ['plaid'],
        minEntropy: 3,
        positive: ['PLAID_CLIENT_ID={hex:24}', 'plaid_client_id: "{hex:24}"'],
        negative: ['PLAID_CLIENT_ID={hex:20}', 'PLAID_ENV=sandbox'],
    }),
    contextualDetector({
        id: 'plaid-secret-key',
        description: 'Plaid secret key',
        provider: 'plaid',
        name: plaid,
        value: '[A-Za-z0-9]{30}',
        keywords: ['plaid'],
        minEntropy: 3,
        positive: ['PLAID_SECRET={hex:30}', 'const plaidSecret = "{hex:30}";'],
        negative: ['plaid_ref: {hex:29}', 'PLAID_SECRET=${PLAID_SECRET}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/planetscale.ts
// PlanetScale service tokens, OAuth tokens and database passwords carry `pscale_tkn_`,
// `pscale_oauth_` and `pscale_pw_` prefixes (https://planetscale.com/docs/concepts/service-tokens,
// https://planetscale.com/docs/concepts/connection-strings).
const planetscale_token = (kind, prefix, description, env) => ({
    id: `planetscale-${kind}`,
    description,
    secretType: 'PlanetScale Token',
    provider: 'planetscale',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: `(?<![A-Za-z0-9_.-])(?<secret>${prefix}[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])`,
    examples: {
        positive: [`${env}=${prefix}{b64u:43}`, `password: "${prefix}{an:32}"`],
        negative: [`${prefix}{an:20}`, `x${prefix}{an:43}`],
    },
});
/** PlanetScale service tokens, OAuth tokens and passwords. */
const planetscaleDetectors = [
    planetscale_token('api-token', 'pscale_tkn_', 'PlanetScale service token', 'PLANETSCALE_SERVICE_TOKEN'),
    planetscale_token('oauth-token', 'pscale_oauth_', 'PlanetScale OAuth token', 'PLANETSCALE_OAUTH_TOKEN'),
    planetscale_token('password', 'pscale_pw_', 'PlanetScale database password', 'DATABASE_PASSWORD'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/posthog.ts

// PostHog personal API keys start with `phx_` (https://posthog.com/docs/api/personal-api-keys); project
// keys (`phc_`) are public by design and are not flagged.
/** PostHog personal API key. */
const posthogDetectors = [
    {
        id: 'posthog-personal-api-key',
        description: 'PostHog personal API key',
        secretType: 'PostHog Personal API Key',
        provider: 'posthog',
        strength: 'prefixed',
        keywords: ['phx_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('phx_', '[A-Za-z0-9]{30,60}'),
        examples: {
            positive: ['POSTHOG_PERSONAL_API_KEY=phx_{an:43}', "-H 'Authorization: Bearer phx_{an:47}'"],
            negative: ['phx_xyz789', 'NEXT_PUBLIC_POSTHOG_KEY=phc_{an:43}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/postman.ts

// Postman API keys: `PMAK-` then 24 hex, a dash and 34 hex (https://learning.postman.com/docs/developer/postman-api/authentication/).
/** Postman API key. */
const postmanDetectors = [
    {
        id: 'postman-api-token',
        description: 'Postman API key',
        secretType: 'Postman API Key',
        provider: 'postman',
        strength: 'prefixed',
        keywords: ['pmak-'],
        pattern: prefixedTokenPattern('PMAK-', '[a-fA-F0-9]{24}-[a-fA-F0-9]{34}'),
        examples: {
            positive: [
                'POSTMAN_API_KEY=PMAK-{hex:24}-{hex:34}',
                "headers = {'X-Api-Key': 'PMAK-{hex:24}-{hex:34}'}",
            ],
            negative: ['PMAK-{hex:24}', 'PMAK-{hex:24}-{hex:20}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/postmark.ts

// Postmark server and account tokens are UUIDs, sent as X-Postmark-Server-Token /
// X-Postmark-Account-Token (https://postmarkapp.com/developer/api/overview#authentication).
/** Postmark server or account API token, recognised by its variable or header name. */
const postmarkDetectors = [
    contextualDetector({
        id: 'postmark-api-token',
        description: 'Postmark server or account API token',
        provider: 'postmark',
        name: helpers_anyCase('postmark'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['postmark'],
        positive: [
            'POSTMARK_SERVER_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'X-Postmark-Server-Token: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
        negative: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', 'POSTMARK_MESSAGE_STREAM=outbound'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/prefect.ts

// Prefect Cloud API keys: `pnu_` (user) or `pnb_` (service account) then 36 base62 characters
// (https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys).
/** Prefect Cloud API key. */
const prefectDetectors = [
    {
        id: 'prefect-api-token',
        description: 'Prefect Cloud API key',
        secretType: 'Prefect API Key',
        provider: 'prefect',
        strength: 'prefixed',
        keywords: ['pnu_', 'pnb_'],
        pattern: prefixedTokenPattern('pn[ub]_', '[A-Za-z0-9]{36}'),
        examples: {
            positive: ['PREFECT_API_KEY=pnu_{an:36}', 'prefect cloud login --key "pnb_{an:36}"'],
            negative: ['pnu_{an:20}', 'pnx_{an:36}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/privateai.ts

// Private AI API keys are 32 lower-case alphanumerics with no prefix (https://docs.private-ai.com/).
/** Private AI API key, recognised by its variable name. */
const privateaiDetectors = [
    contextualDetector({
        id: 'privateai-api-token',
        description: 'Private AI API key',
        provider: 'privateai',
        name: `${helpers_anyCase('private')}[_-]?${helpers_anyCase('ai')}`,
        value: '[A-Za-z0-9]{32}',
        keywords: ['privateai', 'private_ai', 'private-ai'],
        minEntropy: 3.2,
        positive: ['PRIVATEAI_API_KEY={lan:32}', 'private_ai_token: "{lan:32}"'],
        negative: [
            'privateai_ref: {lan:16}',
            'const privateaiToken = "abcdabcdabcdabcdabcdabcdabcdabcd";',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/pulumi.ts

// Pulumi Cloud access tokens: `pul-` then 40 hex characters (https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/).
/** Pulumi access token. */
const pulumiDetectors = [
    {
        id: 'pulumi-api-token',
        description: 'Pulumi Cloud access token',
        secretType: 'Pulumi Access Token',
        provider: 'pulumi',
        strength: 'prefixed',
        keywords: ['pul-'],
        pattern: prefixedTokenPattern('pul-', '[a-f0-9]{40}'),
        examples: {
            positive: ['PULUMI_ACCESS_TOKEN=pul-{hex:40}', 'env:\n  PULUMI_ACCESS_TOKEN: "pul-{hex:40}"'],
            negative: ['pul-{hex:39}', '<img src="avatars/vipul-{hex:40}.png">'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/rapidapi.ts

// RapidAPI application keys are 50 characters with no prefix, sent as `X-RapidAPI-Key`
// (https://docs.rapidapi.com/docs/keys-and-key-rotation).
/** RapidAPI key, recognised by its variable or header name. */
const rapidapiDetectors = [
    contextualDetector({
        id: 'rapidapi-access-token',
        description: 'RapidAPI key',
        provider: 'rapidapi',
        name: `${helpers_anyCase('rapid')}[_-]?${helpers_anyCase('api')}`,
        value: '[A-Za-z0-9_-]{50}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
        minEntropy: 3.5,
        positive: ['RAPIDAPI_KEY={an:50}', "headers = {'X-RapidAPI-Key': '{an:50}'}"],
        negative: ['rapidapi_ref: {an:40}', "'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com'"],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/readme.ts

// ReadMe API keys: `rdme_` then 70 lower-case alphanumerics (https://docs.readme.com/main/reference/intro/authentication).
/** ReadMe API key. */
const readmeDetectors = [
    {
        id: 'readme-api-token',
        description: 'ReadMe API key',
        secretType: 'ReadMe API Key',
        provider: 'readme',
        strength: 'prefixed',
        keywords: ['rdme_'],
        pattern: prefixedTokenPattern('rdme_', '[a-z0-9]{70}'),
        examples: {
            positive: ['README_API_KEY=rdme_{lan:70}', "const API_KEY = 'rdme_{lan:70}';"],
            negative: ['rdme_{lan:40}', 'rdme_{lan:71}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/render.ts

// Render API keys start with `rnd_` followed by base62 characters (https://render.com/docs/api#1-create-an-api-key).
/** Render API key. */
const renderDetectors = [
    {
        id: 'render-api-key',
        description: 'Render API key',
        secretType: 'Render API Key',
        provider: 'render',
        strength: 'prefixed',
        keywords: ['rnd_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('rnd_', '[A-Za-z0-9]{24,40}'),
        examples: {
            positive: [
                'RENDER_API_KEY=rnd_{an:24}',
                'curl -H "Authorization: Bearer rnd_{an:32}" https://api.render.com/v1/services',
            ],
            negative: ['rnd_{an:12}', 'rnd_{an:41}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/replicate.ts

// Replicate API tokens are 40-character strings that start with `r8_` (https://replicate.com/docs/topics/security/api-tokens).
/** Replicate API token. */
const replicateDetectors = [
    {
        id: 'replicate-api-token',
        description: 'Replicate API token',
        secretType: 'Replicate API Token',
        provider: 'replicate',
        strength: 'prefixed',
        keywords: ['r8_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('r8_', '[A-Za-z0-9]{37}'),
        examples: {
            positive: [
                'REPLICATE_API_TOKEN=r8_{an:37}',
                "client = replicate.Client(api_token='r8_{an:37}')",
            ],
            negative: ['r8_{an:20}', 'r8_{an:38}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/resend.ts

// Resend API keys start with `re_` (https://resend.com/docs/dashboard/api-keys/introduction): a short
// key id, an underscore and the secret part.
/** Resend API key. */
const resendDetectors = [
    {
        id: 'resend-api-key',
        description: 'Resend API key',
        secretType: 'Resend API Key',
        provider: 'resend',
        strength: 'prefixed',
        keywords: ['re_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('re_', '[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20,32}'),
        examples: {
            positive: [
                'RESEND_API_KEY=re_{an:8}_{an:24}',
                "const resend = new Resend('re_{an:8}_{an:24}');",
            ],
            negative: ['re_123', 'ignore_{an:8}_{an:24}', 're_{an:8}_{an:10}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/riotgames.ts
// Riot Games API keys: `RGAPI-` followed by a UUID (https://developer.riotgames.com/docs/portal).
/** Riot Games developer or production API key. */
const riotgamesDetectors = [
    {
        id: 'riotgames-api-key',
        description: 'Riot Games API key',
        secretType: 'Riot Games API Key',
        provider: 'riotgames',
        strength: 'prefixed',
        keywords: ['rgapi-'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'RIOT_API_KEY=RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                "headers = {'X-Riot-Token': 'RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'}",
            ],
            negative: [
                'RGAPI-{hex:8}-{hex:4}',
                'RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/rubygems.ts

// RubyGems.org API keys: `rubygems_` then 48 hex characters (https://guides.rubygems.org/api-key-scopes/).
/** RubyGems API key. */
const rubygemsDetectors = [
    {
        id: 'rubygems-api-token',
        description: 'RubyGems API key',
        secretType: 'RubyGems API Key',
        provider: 'rubygems',
        strength: 'prefixed',
        keywords: ['rubygems_'],
        pattern: prefixedTokenPattern('rubygems_', '[a-f0-9]{48}'),
        examples: {
            positive: ['GEM_HOST_API_KEY=rubygems_{hex:48}', '---\n:rubygems_api_key: rubygems_{hex:48}'],
            negative: ['GEM_HOST_API_KEY=rubygems_{hex:40}', 'rubygems_{hex:48}x'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/scalingo.ts
// Scalingo API tokens: `tk-us-` then 48 URL-safe characters (https://doc.scalingo.com/platform/cli/login).
/** Scalingo API token. */
const scalingoDetectors = [
    {
        id: 'scalingo-api-token',
        description: 'Scalingo API token',
        secretType: 'Scalingo API Token',
        provider: 'scalingo',
        strength: 'prefixed',
        keywords: ['tk-us-'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['SCALINGO_API_TOKEN=tk-us-{b64u:48}', 'scalingo_api_token = "tk-us-{an:48}"'],
            negative: ['SCALINGO_API_TOKEN=tk-us-{an:30}', 'tk-us-{an:49}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sendbird.ts

// Sendbird application ids are UUIDs and API tokens are 40 hex characters, neither prefixed
// (https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api).
const sendbird = helpers_anyCase('sendbird');
/** Sendbird application id and API token, recognised by their variable names. */
const sendbirdDetectors = [
    contextualDetector({
        id: 'sendbird-access-id',
        description: 'Sendbird application id',
        provider: 'sendbird',
        name: sendbird,
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['sendbird'],
        positive: [
            'SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}',
            'sendbirdAppId: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: ['SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}'],
    }),
    contextualDetector({
        id: 'sendbird-access-token',
        description: 'Sendbird API token',
        provider: 'sendbird',
        name: sendbird,
        value: '[a-f0-9]{40}',
        keywords: ['sendbird'],
        minEntropy: 3,
        positive: ['SENDBIRD_API_TOKEN={hex:40}', 'sendbird_api_token: "{hex:40}"'],
        negative: ['sendbird_ref: {hex:32}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sendinblue.ts

// Brevo (formerly Sendinblue) keys: `xkeysib-` (API v3) or `xsmtpsib-` (SMTP) then 64 hex, a dash
// and 16 alphanumerics (https://developers.brevo.com/docs/getting-started).
/** Brevo / Sendinblue API and SMTP keys. */
const sendinblueDetectors = [
    {
        id: 'sendinblue-api-token',
        description: 'Brevo (Sendinblue) API key',
        secretType: 'Sendinblue API Key',
        provider: 'sendinblue',
        strength: 'prefixed',
        keywords: ['xkeysib-'],
        pattern: prefixedTokenPattern('xkeysib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
        examples: {
            positive: [
                'BREVO_API_KEY=xkeysib-{hex:64}-{an:16}',
                "configuration.apiKey['api-key'] = 'xkeysib-{hex:64}-{an:16}'",
            ],
            negative: ['xkeysib-{hex:64}', 'xkeysib-{hex:60}-{an:16}'],
        },
    },
    {
        id: 'sendinblue-smtp-key',
        description: 'Brevo (Sendinblue) SMTP key',
        secretType: 'Sendinblue SMTP Key',
        provider: 'sendinblue',
        strength: 'prefixed',
        keywords: ['xsmtpsib-'],
        pattern: prefixedTokenPattern('xsmtpsib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
        examples: {
            positive: [
                'SMTP_PASSWORD=xsmtpsib-{hex:64}-{an:16}',
                'smtp:\n  password: "xsmtpsib-{hex:64}-{an:16}"',
            ],
            negative: ['xsmtpsib-{hex:64}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sentry.ts


// Sentry auth tokens (https://docs.sentry.io/account/auth-tokens/): organization tokens are
// `sntrys_` + base64 JSON claims (`eyJ…`) + `_` + a 43-character secret; user tokens are `sntryu_`
// + 64 hex; tokens made before the prefixes were 64 hex characters.
/** Sentry organization, user and legacy auth tokens. */
const sentryDetectors = [
    {
        id: 'sentry-org-token',
        description: 'Sentry organization auth token',
        secretType: 'Sentry Token',
        provider: 'sentry',
        strength: 'prefixed',
        keywords: ['sntrys_'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])',
        examples: {
            positive: [
                'SENTRY_AUTH_TOKEN=sntrys_eyJ{b64:120}_{b64:43}',
                'auth:\n  token: "sntrys_eyJ{an:150}==_{an:43}"',
            ],
            negative: [
                'SENTRY_AUTH_TOKEN=sntrys_{an:120}_{an:43}',
                'sntrys_eyJ{an:120}_{an:42}',
                'sntrys_eyJ{an:120}_{an:44}',
            ],
        },
    },
    {
        id: 'sentry-user-token',
        description: 'Sentry user auth token',
        secretType: 'Sentry Token',
        provider: 'sentry',
        strength: 'prefixed',
        keywords: ['sntryu_'],
        pattern: prefixedTokenPattern('sntryu_', '[a-f0-9]{64}'),
        examples: {
            positive: ['SENTRY_AUTH_TOKEN=sntryu_{hex:64}', 'export SENTRY_AUTH_TOKEN="sntryu_{hex:64}"'],
            negative: ['SENTRY_AUTH_TOKEN=sntryu_{hex:63}', 'sntryu_{hex:65}'],
        },
    },
    contextualDetector({
        id: 'sentry-access-token',
        description: 'Sentry auth token (legacy, unprefixed)',
        secretType: 'Sentry Token',
        provider: 'sentry',
        name: helpers_anyCase('sentry'),
        value: '[a-f0-9]{64}',
        keywords: ['sentry'],
        minEntropy: 3,
        positive: ['SENTRY_AUTH_TOKEN={hex:64}', '[auth]\nsentry_token = {hex:64}'],
        negative: [
            'sentry_release: {hex:40}',
            'SENTRY_DSN=https://{hex:32}@o{d:6}.ingest.sentry.io/{d:7}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/settlemint.ts

// SettleMint access tokens: `sm_pat_` (personal), `sm_aat_` (application) and `sm_sat_` (service)
// then 16 alphanumerics (https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens).
const settlemint_token = (kind, prefix, description) => ({
    id: `settlemint-${kind}`,
    description,
    secretType: 'SettleMint Access Token',
    provider: 'settlemint',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: prefixedTokenPattern(prefix, '[A-Za-z0-9]{16}'),
    examples: {
        positive: [
            `SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:16}`,
            `settlemintToken := "${prefix}{an:16}"`,
        ],
        negative: [`SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:10}`, `nonMatchingToken := "{lan:16}"`],
    },
});
/** SettleMint personal, application and service access tokens. */
const settlemintDetectors = [
    settlemint_token('application-access-token', 'sm_aat_', 'SettleMint application access token'),
    settlemint_token('personal-access-token', 'sm_pat_', 'SettleMint personal access token'),
    settlemint_token('service-access-token', 'sm_sat_', 'SettleMint service access token'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/shippo.ts

// Shippo API tokens: `shippo_live_` or `shippo_test_` then 40 hex (https://docs.goshippo.com/docs/guides_general/authentication/).
/** Shippo live and test API tokens. */
const shippoDetectors = [
    {
        id: 'shippo-api-token',
        description: 'Shippo API token',
        secretType: 'Shippo API Token',
        provider: 'shippo',
        strength: 'prefixed',
        keywords: ['shippo_live_', 'shippo_test_'],
        pattern: prefixedTokenPattern('shippo_(?:live|test)_', '[a-fA-F0-9]{40}'),
        examples: {
            positive: [
                'SHIPPO_API_KEY=shippo_live_{hex:40}',
                "shippo.config.api_key = 'shippo_test_{hex:40}'",
            ],
            negative: ['shippo_live_{hex:32}', 'shippo_prod_{hex:40}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/shopify.ts

// Shopify tokens: a kind prefix then 32 hex characters
// (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens).
const shopify_token = (kind, prefix, description, env) => ({
    id: `shopify-${kind}`,
    description,
    secretType: 'Shopify Token',
    provider: 'shopify',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: prefixedTokenPattern(prefix, '[a-fA-F0-9]{32}'),
    examples: {
        positive: [`${env}=${prefix}{hex:32}`, `shopify:\n  token: "${prefix}{hex:32}"`],
        negative: [`${env}=${prefix}{hex:31}`, `${env}=${prefix}{an:32}g`],
    },
});
/** Shopify Admin API, custom app, private app tokens and app shared secrets. */
const shopifyDetectors = [
    shopify_token('access-token', 'shpat_', 'Shopify Admin API access token', 'SHOPIFY_ACCESS_TOKEN'),
    shopify_token('custom-access-token', 'shpca_', 'Shopify custom app access token', 'SHOPIFY_ACCESS_TOKEN'),
    shopify_token('private-app-access-token', 'shppa_', 'Shopify private app access token', 'SHOPIFY_PASSWORD'),
    shopify_token('shared-secret', 'shpss_', 'Shopify app shared secret', 'SHOPIFY_API_SECRET'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sidekiq.ts

// Sidekiq Pro/Enterprise gem server credentials are `<8 hex>:<8 hex>`, given to Bundler as
// BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or inside the source URL
// (Sidekiq Pro/Enterprise installation notes in the Sidekiq wiki).
/** Sidekiq Pro/Enterprise license credentials, as a Bundler variable or inside a gem source URL. */
const sidekiqDetectors = [
    contextualDetector({
        id: 'sidekiq-secret',
        description: 'Sidekiq Pro/Enterprise license credentials',
        provider: 'sidekiq',
        name: `${helpers_anyCase('bundle_')}(?:${helpers_anyCase('enterprise')}|${helpers_anyCase('gems')})${helpers_anyCase('__contribsys__com')}`,
        value: '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}',
        keywords: ['contribsys'],
        positive: [
            'export BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}:{hex:8}',
            'BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "{hex:8}:{hex:8}"',
        ],
        negative: [
            'BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}',
            'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
        ],
    }),
    {
        // Anchored on the provider's own host, so it ranks with prefixed detectors and wins over the
        // generic URL-credentials detector on the same span.
        id: 'sidekiq-sensitive-url',
        description: 'Sidekiq Pro/Enterprise gem source URL with credentials',
        secretType: 'Sidekiq Secret',
        provider: 'sidekiq',
        strength: 'prefixed',
        keywords: ['contribsys.com'],
        pattern: '(?<![A-Za-z0-9_])https?://(?<secret>[a-fA-F0-9]{8}:[a-fA-F0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])',
        flags: 'i',
        examples: {
            positive: [
                "source 'https://{hex:8}:{hex:8}@gems.contribsys.com/' do",
                'SIDEKIQ_URL=http://{hex:8}:{hex:8}@enterprise.contribsys.com:80/path',
            ],
            negative: [
                "source 'https://gems.contribsys.com/' do",
                'https://{hex:8}@gems.contribsys.com/',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/snyk.ts

// Snyk API tokens are UUIDs with no prefix (https://docs.snyk.io/snyk-api/authentication-for-api).
/** Snyk API token, recognised by its variable name. */
const snykDetectors = [
    contextualDetector({
        id: 'snyk-api-token',
        description: 'Snyk API token',
        provider: 'snyk',
        name: helpers_anyCase('snyk'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['snyk'],
        positive: [
            'SNYK_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'snyk auth:\n  snyk_api_key: "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: ['SNYK_ORG_SLUG=my-org', 'snyk_ref: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:11}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sonar.ts


// SonarQube / SonarCloud tokens are 40 hex characters; since SonarQube 9.5 they carry `squ_`
// (user), `sqp_` (project analysis) or `sqa_` (global analysis)
// (https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/).
/** SonarQube / SonarCloud tokens, prefixed or assigned to a sonar name. */
const sonarDetectors = [
    {
        id: 'sonar-prefixed-token',
        description: 'SonarQube user, project or global analysis token',
        secretType: 'SonarQube Token',
        provider: 'sonar',
        strength: 'prefixed',
        keywords: ['squ_', 'sqp_', 'sqa_'],
        pattern: prefixedTokenPattern('sq[upa]_', '[a-fA-F0-9]{40}'),
        examples: {
            positive: ['SONAR_TOKEN=squ_{hex:40}', 'sonar.token=sqp_{hex:40}', 'token: "sqa_{hex:40}"'],
            negative: ['squ_{hex:32}', 'sqx_{hex:40}'],
        },
    },
    contextualDetector({
        id: 'sonar-api-token',
        description: 'SonarQube / SonarCloud token (unprefixed)',
        secretType: 'SonarQube Token',
        provider: 'sonar',
        name: helpers_anyCase('sonar'),
        value: '(?:sq[upa]_)?[A-Za-z0-9]{40}',
        keywords: ['sonar'],
        minEntropy: 3,
        positive: ['SONAR_TOKEN={hex:40}', 'sonar.login={hex:40}', 'SONAR_TOKEN=squ_{an:39}G'],
        negative: ['sonar_ref: {hex:32}', 'sonar.projectKey=my-project'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sourcegraph.ts


// Sourcegraph access tokens (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token):
// `sgp_` + optional 16-hex instance id or `local` + `_` + 40 hex; older tokens are 40 hex alone.
const sourcegraph = helpers_anyCase('sourcegraph');
/** Sourcegraph access tokens, prefixed or legacy. */
const sourcegraphDetectors = [
    {
        id: 'sourcegraph-access-token',
        description: 'Sourcegraph access token',
        secretType: 'Sourcegraph Access Token',
        provider: 'sourcegraph',
        strength: 'prefixed',
        keywords: ['sgp_'],
        pattern: prefixedTokenPattern('sgp_', '(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}'),
        examples: {
            positive: [
                'SRC_ACCESS_TOKEN=sgp_{hex:16}_{hex:40}',
                'export SRC_ACCESS_TOKEN="sgp_local_{hex:40}"',
                'token: sgp_{hex:40}',
            ],
            negative: [
                'SRC_ACCESS_TOKEN=sgp_{hex:20}_{hex:40}',
                'sgp_{hex:39}',
                'sgp_local_{hex:20}g{hex:19}',
            ],
        },
    },
    contextualDetector({
        id: 'sourcegraph-legacy-token',
        description: 'Sourcegraph access token (legacy, unprefixed)',
        secretType: 'Sourcegraph Access Token',
        provider: 'sourcegraph',
        name: sourcegraph,
        value: '[a-fA-F0-9]{40}',
        keywords: ['sourcegraph'],
        minEntropy: 3,
        positive: ['SOURCEGRAPH_TOKEN={hex:40}', 'sourcegraph: {hex:40}'],
        negative: ['sourcegraph_ref: {hex:32}', 'SOURCEGRAPH_URL=https://sourcegraph.com'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/squarespace.ts

// Squarespace API keys carry no documented prefix (https://developers.squarespace.com/commerce-apis/authentication-and-permissions).
/** Squarespace API key (UUID-shaped), recognised by its variable name. */
const squarespaceDetectors = [
    contextualDetector({
        id: 'squarespace-access-token',
        description: 'Squarespace API key',
        provider: 'squarespace',
        name: helpers_anyCase('squarespace'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['squarespace'],
        positive: [
            'SQUARESPACE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"squarespaceToken": "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'SQUARESPACE_SITE=https://example.squarespace.com',
            'squarespace_ref: {hex:8}-{hex:4}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sumologic.ts

// Sumo Logic access keys (https://help.sumologic.com/docs/manage/security/access-keys/): an
// access id is `su` + 12 alphanumerics, the access key 64 alphanumerics.
// `sumo` must not run into a lower-case letter, so that `sumOfValues` is not a Sumo name.
const sumo = `(?<![A-Za-z])${helpers_anyCase('sumo')}(?:${helpers_anyCase('logic')})?(?![a-z])`;
/** Sumo Logic access id and access key, recognised by their variable names. */
const sumologicDetectors = [
    contextualDetector({
        id: 'sumologic-access-id',
        description: 'Sumo Logic access id',
        provider: 'sumologic',
        name: sumo,
        value: 'su[A-Za-z0-9]{12}',
        keywords: ['sumo'],
        minEntropy: 2.5,
        positive: ['SUMOLOGIC_ACCESSID=su{an:12}', 'sumologic.accessId = "su{an:12}"'],
        negative: ['SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX', 'sumObj = su{an:12}'],
    }),
    contextualDetector({
        id: 'sumologic-access-token',
        description: 'Sumo Logic access key',
        provider: 'sumologic',
        name: sumo,
        value: '[A-Za-z0-9]{64}',
        keywords: ['sumo'],
        minEntropy: 3,
        positive: ['SUMO_ACCESS_KEY={an:64}', 'export SUMOLOGIC_ACCESSKEY="{an:64}"'],
        negative: ['SUMO_ACCESS_KEY=AbCeFG123', 'sumOfExposures = {an:64};'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/supabase.ts

// Supabase (https://supabase.com/docs/guides/platform/access-tokens,
// https://supabase.com/docs/guides/api/api-keys): personal access tokens are `sbp_` + 40 hex;
// project secret keys are `sb_secret_…` (publishable `sb_publishable_` keys are public, not flagged).
/** Supabase personal access tokens and project secret keys. */
const supabaseDetectors = [
    {
        id: 'supabase-personal-access-token',
        description: 'Supabase personal access token',
        secretType: 'Supabase Access Token',
        provider: 'supabase',
        strength: 'prefixed',
        keywords: ['sbp_'],
        pattern: prefixedTokenPattern('sbp_', '[a-f0-9]{40}'),
        examples: {
            positive: ['SUPABASE_ACCESS_TOKEN=sbp_{hex:40}', 'supabase login --token "sbp_{hex:40}"'],
            negative: ['sbp_{hex:30}', 'sbp_{hex:40}g'],
        },
    },
    {
        id: 'supabase-secret-key',
        description: 'Supabase project secret API key',
        secretType: 'Supabase Secret Key',
        provider: 'supabase',
        strength: 'prefixed',
        keywords: ['sb_secret_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sb_secret_[A-Za-z0-9_-]{28,64})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'SUPABASE_SECRET_KEY=sb_secret_{b64u:22}_{an:8}',
                "createClient(url, 'sb_secret_{an:31}')",
            ],
            negative: ['sb_secret_{an:10}', 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_{an:31}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/tailscale.ts

// Tailscale keys: `tskey-<type>-<key id>-<secret>` with type api, auth, client, scim or webhook
// (https://tailscale.com/kb/1277/key-prefixes).
/** Tailscale API access tokens, auth keys, OAuth client secrets, SCIM and webhook keys. */
const tailscaleDetectors = [
    {
        id: 'tailscale-key',
        description: 'Tailscale API token, auth key or OAuth client secret',
        secretType: 'Tailscale Key',
        provider: 'tailscale',
        strength: 'prefixed',
        keywords: ['tskey-'],
        pattern: prefixedTokenPattern('tskey-(?:api|auth|client|scim|webhook)-', '[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}'),
        examples: {
            positive: [
                'TS_AUTHKEY=tskey-auth-k{an:12}-{an:33}',
                'tailscale_api_key = "tskey-api-k{an:10}CNTRL-{an:30}"',
            ],
            negative: ['TS_AUTHKEY=tskey-auth-XXXXXX', 'tskey-foo-k{an:12}-{an:33}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/travisci.ts

// Travis CI API tokens are 22 alphanumerics with no prefix (https://docs.travis-ci.com/user/triggering-builds/).
/** Travis CI API token, recognised by its variable name. */
const travisciDetectors = [
    contextualDetector({
        id: 'travisci-access-token',
        description: 'Travis CI API token',
        provider: 'travisci',
        name: helpers_anyCase('travis'),
        value: '[A-Za-z0-9]{22}',
        keywords: ['travis'],
        minEntropy: 3,
        positive: ['TRAVIS_API_TOKEN={an:22}', 'travis_token: "{lan:22}"'],
        negative: ['travis_ref: {an:16}', 'TRAVIS_BRANCH=master'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/trello.ts

// Trello API keys are 32 hex characters; user tokens are 64 hex, or `ATTA` + hex in the current
// format (https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/).
/** Trello API key or token, recognised by its variable name. */
const trelloDetectors = [
    contextualDetector({
        id: 'trello-access-token',
        description: 'Trello API key or token',
        provider: 'trello',
        name: helpers_anyCase('trello'),
        value: '(?:ATTA[A-Za-z0-9]{60,80}|[A-Za-z0-9-]{32}|[a-fA-F0-9]{64})',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['trello'],
        minEntropy: 3,
        positive: [
            'TRELLO_API_KEY={hex:32}',
            'trello_token: "{hex:64}"',
            'TRELLO_TOKEN=ATTA{hex:64}{HEX:8}',
        ],
        negative: ['trello_ref: {hex:20}', 'TRELLO_BOARD_ID={hex:24}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/twitch.ts

// Twitch client secrets and OAuth tokens are 30 lower-case alphanumerics (https://dev.twitch.tv/docs/authentication/).
/** Twitch client secret or OAuth token, recognised by its variable name. */
const twitchDetectors = [
    contextualDetector({
        id: 'twitch-api-token',
        description: 'Twitch client secret or OAuth token',
        provider: 'twitch',
        name: helpers_anyCase('twitch'),
        value: '(?:oauth:)?[a-z0-9]{30}',
        keywords: ['twitch'],
        minEntropy: 3,
        positive: ['TWITCH_CLIENT_SECRET={lan:30}', 'twitch_token: "oauth:{lan:30}"'],
        negative: ['twitch_ref: {lan:24}', 'TWITCH_CHANNEL=somechannel'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/twitter.ts

// X / Twitter credentials (https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret):
// API key 25 and API secret 50 alphanumerics; access token `<numeric user id>-<alphanumerics>`,
// access token secret 45 alphanumerics; app-only bearer tokens start with a run of `A`s.
const twitter = helpers_anyCase('twitter');
/** X / Twitter API keys, secrets, access tokens and bearer tokens. */
const twitterDetectors = [
    contextualDetector({
        id: 'twitter-api-key',
        description: 'X / Twitter API key (consumer key)',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{25}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_API_KEY={an:25}', 'twitter_consumer_key: "{lan:25}"'],
        negative: ['twitter_ref: {an:20}', 'TWITTER_HANDLE=jack'],
    }),
    contextualDetector({
        id: 'twitter-api-secret',
        description: 'X / Twitter API secret (consumer secret)',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{50}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_API_SECRET={an:50}', 'TWITTER_CONSUMER_SECRET="{an:50}"'],
        negative: ['twitter_ref: {an:49}'],
    }),
    contextualDetector({
        id: 'twitter-access-token',
        description: 'X / Twitter user access token',
        provider: 'twitter',
        name: twitter,
        value: '[0-9]{6,25}-[A-Za-z0-9]{20,50}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_ACCESS_TOKEN={d:18}-{an:31}', 'twitter_access_token: "{d:10}-{an:40}"'],
        negative: ['TWITTER_ACCESS_TOKEN={d:18}', 'twitter_ref: {d:18}-{an:10}'],
    }),
    contextualDetector({
        id: 'twitter-access-secret',
        description: 'X / Twitter access token secret',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{45}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_ACCESS_TOKEN_SECRET={an:45}', "twitterAccessSecret = '{lan:45}'"],
        negative: ['twitter_ref: {an:44}'],
    }),
    {
        // The reported secret starts after the leading run of `A`s: the built-in repeated-character
        // filter would otherwise drop every bearer token. Found on its own, without a name.
        id: 'twitter-bearer-token',
        description: 'X / Twitter app-only bearer token',
        secretType: 'Twitter Bearer Token',
        provider: 'twitter',
        strength: 'prefixed',
        keywords: ['aaaaaaaaaaaaaaaaaaaa'],
        pattern: '(?<![A-Za-z0-9%])A{20,24}(?<secret>[B-Za-z0-9%][A-Za-z0-9%]{69,120})(?![A-Za-z0-9%])',
        examples: {
            positive: [
                'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{d:9}%2B{an:30}%3D{an:50}',
                'bearer_token: "AAAAAAAAAAAAAAAAAAAAAF{an:20}%2F{an:50}"',
            ],
            negative: [
                'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{an:20}',
                'xAAAAAAAAAAAAAAAAAAAAA{d:9}{an:80}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/typeform.ts
// Typeform personal access tokens: `tfp_` then 59 URL-safe characters (https://www.typeform.com/developers/get-started/personal-access-token/).
/** Typeform personal access token. */
const typeformDetectors = [
    {
        id: 'typeform-api-token',
        description: 'Typeform personal access token',
        secretType: 'Typeform API Token',
        provider: 'typeform',
        strength: 'prefixed',
        keywords: ['tfp_'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>tfp_[A-Za-z0-9_=.-]{59})(?![A-Za-z0-9_=.-])',
        examples: {
            positive: ['TYPEFORM_TOKEN=tfp_{an:44}_{an:14}', "typeform_api_token: 'tfp_{b64u:59}'"],
            negative: ['tfp_{an:40}', 'tfp_{an:60}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/vault.ts
// HashiCorp Vault tokens (https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes):
// since 1.10 service tokens are `hvs.` and batch tokens `hvb.` followed by a long base64url body;
// before, service tokens were `s.` + 24 alphanumerics and batch tokens `b.` + a longer body.
/** HashiCorp Vault service and batch tokens, current and legacy. */
const vaultDetectors = [
    {
        id: 'vault-service-token',
        description: 'HashiCorp Vault service token',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'prefixed',
        keywords: ['hvs.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvs\\.[A-Za-z0-9_-]{90,180})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=hvs.CAES{b64u:91}', 'vault login -method=token "hvs.{an:120}"'],
            negative: ['VAULT_TOKEN=hvs.{an:24}', 'xhvs.{an:95}'],
        },
    },
    {
        id: 'vault-batch-token',
        description: 'HashiCorp Vault batch token',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'prefixed',
        keywords: ['hvb.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvb\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=hvb.AAAAAQ{b64u:150}', 'token: "hvb.{an:220}"'],
            negative: ['VAULT_TOKEN=hvb.{an:100}'],
        },
    },
    {
        // A legacy `s.` token is recognised on a line that names Vault or a token; it must mix upper
        // case, lower case and digits, unlike `s.makeController` or `s.AcceptanceTimeoutSeconds`.
        id: 'vault-legacy-service-token',
        description: 'HashiCorp Vault service token (legacy `s.` format)',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'contextual',
        keywords: ['vault', 'hashicorp', 'token'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_.$-])(?<secret>s\\.(?=[A-Za-z]{0,23}[0-9])(?=[a-z0-9]{0,23}[A-Z])(?=[A-Z0-9]{0,23}[a-z])[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=s.{an:20}a1B2', 'vault_api_token = "s.{an:20}Zz9y"'],
            negative: [
                'HASHICORP_TOKEN=s.AcceptanceTimeoutSeconds',
                'vault_token = "s.{an:23}"',
                's.{an:20}a1B2',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/vercel.ts

// Vercel credentials carry a type prefix since 2025 (https://vercel.com/changelog/new-token-formats-and-secret-scanning):
// `vcp_` personal access token, `vci_` integration token, `vca_` app access token, `vcr_` app
// refresh token, `vck_` API key.
/** Vercel access tokens and API keys in the prefixed format. */
const vercelDetectors = [
    {
        id: 'vercel-token',
        description: 'Vercel access token or API key',
        secretType: 'Vercel Token',
        provider: 'vercel',
        strength: 'prefixed',
        keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('vc[pirak]_', '[A-Za-z0-9]{24,80}'),
        examples: {
            positive: ['VERCEL_TOKEN=vcp_{an:56}', 'vercel deploy --token "vck_{an:40}"'],
            negative: ['vcp_{an:12}', 'vcx_{an:56}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/xai.ts

// xAI API keys start with `xai-` followed by about 80 base62 characters (https://docs.x.ai/docs/tutorial).
/** xAI (Grok) API key. */
const xaiDetectors = [
    {
        id: 'xai-api-key',
        description: 'xAI API key',
        secretType: 'xAI API Key',
        provider: 'xai',
        strength: 'prefixed',
        keywords: ['xai-'],
        minEntropy: 4,
        pattern: prefixedTokenPattern('xai-', '[A-Za-z0-9]{70,90}'),
        examples: {
            positive: ['XAI_API_KEY=xai-{an:80}', 'client = Client(api_key="xai-{an:80}")'],
            negative: ['xai-{an:40}', 'export XAI_API_KEY="xai-your-key-here"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/yandex.ts

// Yandex Cloud credentials (https://yandex.cloud/en/docs/iam/concepts/authorization/):
// IAM tokens `t1.<header>.<86-character signature>`, API keys `AQVN` + 35-38 characters, and
// static (AWS-compatible) access keys whose id starts with `YC` (40 characters in all).
/** Yandex Cloud IAM tokens, API keys and static access key ids. */
const yandexDetectors = [
    {
        id: 'yandex-access-token',
        description: 'Yandex Cloud IAM token',
        secretType: 'Yandex IAM Token',
        provider: 'yandex',
        strength: 'prefixed',
        keywords: ['t1.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>t1\\.[A-Za-z0-9_-]{4,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_.=-])',
        examples: {
            positive: ['YC_TOKEN=t1.{b64u:80}.{b64u:86}', 'iam_token: "t1.{an:6}==.{an:86}"'],
            negative: ['t1.{an:80}.{an:40}', 'version: t1.2.3'],
        },
    },
    {
        id: 'yandex-api-key',
        description: 'Yandex Cloud API key',
        secretType: 'Yandex API Key',
        provider: 'yandex',
        strength: 'prefixed',
        keywords: ['aqvn'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['YC_API_KEY=AQVN{b64u:36}', 'api_key: "AQVN{an:38}"'],
            negative: ['AQVN{an:20}', 'AQVN{an:40}'],
        },
    },
    contextualDetector({
        id: 'yandex-aws-access-token',
        description: 'Yandex Cloud static access key id',
        provider: 'yandex',
        name: `(?:${helpers_anyCase('yandex')}|(?<![A-Za-z])${helpers_anyCase('yc')}_)`,
        value: 'YC[A-Za-z0-9_-]{38}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['yandex', 'yc_'],
        positive: ['YANDEX_ACCESS_KEY_ID=YC{an:38}', 'yc_access_key: "YC{b64u:38}"'],
        negative: ['YANDEX_ACCESS_KEY_ID=YC{an:20}', 'yandex_folder_id: b1g{lan:17}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/zendesk.ts

// Zendesk API tokens are 40 alphanumerics with no prefix (https://developer.zendesk.com/api-reference/introduction/security-and-auth/).
/** Zendesk API token, recognised by its variable name. */
const zendeskDetectors = [
    contextualDetector({
        id: 'zendesk-secret-key',
        description: 'Zendesk API token',
        provider: 'zendesk',
        name: helpers_anyCase('zendesk'),
        value: '[A-Za-z0-9]{40}',
        keywords: ['zendesk'],
        minEntropy: 3,
        positive: ['ZENDESK_API_TOKEN={an:40}', 'zendesk:\n  zendesk_token: "{lan:40}"'],
        negative: ['zendesk_ref: {an:32}', 'ZENDESK_SUBDOMAIN=mycompany'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/index.ts










































/** Detectors of this group, in registry order. */
const providers_p_z_detectors = [
    ...perplexityDetectors,
    ...pineconeDetectors,
    ...plaidDetectors,
    ...planetscaleDetectors,
    ...posthogDetectors,
    ...postmanDetectors,
    ...postmarkDetectors,
    ...prefectDetectors,
    ...privateaiDetectors,
    ...pulumiDetectors,
    ...rapidapiDetectors,
    ...readmeDetectors,
    ...renderDetectors,
    ...replicateDetectors,
    ...resendDetectors,
    ...riotgamesDetectors,
    ...rubygemsDetectors,
    ...scalingoDetectors,
    ...sendbirdDetectors,
    ...sendinblueDetectors,
    ...sentryDetectors,
    ...settlemintDetectors,
    ...shippoDetectors,
    ...shopifyDetectors,
    ...sidekiqDetectors,
    ...snykDetectors,
    ...sonarDetectors,
    ...sourcegraphDetectors,
    ...squarespaceDetectors,
    ...sumologicDetectors,
    ...supabaseDetectors,
    ...tailscaleDetectors,
    ...travisciDetectors,
    ...trelloDetectors,
    ...twitchDetectors,
    ...twitterDetectors,
    ...typeformDetectors,
    ...vaultDetectors,
    ...vercelDetectors,
    ...xaiDetectors,
    ...yandexDetectors,
    ...zendeskDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/index.ts





/** Every built-in detector. Ids are unique and never change once shipped. */
const builtinDetectors = [
    ...detectors,
    ...providers_a_f_detectors,
    ...providers_g_o_detectors,
    ...providers_p_z_detectors,
    ...generic_detectors,
];
/** The detectors a scan runs unless configured otherwise. */
const defaultDetectors = builtinDetectors.filter((detector) => detector.enabledByDefault !== false);
/** Looks up a built-in detector by id. */
function findDetector(id) {
    return builtinDetectors.find((detector) => detector.id === id);
}


/***/ }),

/***/ 4163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x$: () => (/* binding */ DEFAULT_MAX_LINE_LENGTH),
  Jq: () => (/* binding */ SecretScanner),
  Eg: () => (/* binding */ compareFindings)
});

// UNUSED EXPORTS: compileRegex

;// CONCATENATED MODULE: ./src/scanner/compile.ts
/** Whether a detector is written as code rather than as a regex. */
function isCodeDetector(detector) {
    return typeof detector.detect === 'function';
}
const rankOf = { prefixed: 0, contextual: 1, generic: 2 };
/** Compiles a detector's regexes, naming the detector in any syntax error. */
function compileDetector(detector) {
    const allowlist = (detector.allowlist ?? []).map((source) => compileRegex(source, 'i', `allowlist of detector ${detector.id}`));
    const rank = rankOf[detector.strength];
    if (isCodeDetector(detector))
        return { detector, code: detector, allowlist, rank };
    const pattern = detector;
    const flags = `gd${(pattern.flags ?? '').replace(/[gd]/g, '')}`;
    return {
        detector,
        regex: compileRegex(pattern.pattern, flags, `detector ${detector.id}`),
        allowlist,
        rank,
    };
}
/** Compiles a regex or throws an error that names where it came from. */
function compileRegex(source, flags, origin) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        throw new Error(`invalid regular expression in ${origin}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
;// CONCATENATED MODULE: ./src/scanner/filters/types.ts
/** Filters for guesses only: generic detectors (entropy, keyword). */
const genericOnly = (detector) => detector.strength === 'generic';
/** Filters for anything that is not identified by a provider prefix. */
const unprefixed = (detector) => detector.strength !== 'prefixed';
/** Filters for every detector. */
const everyDetector = () => true;

;// CONCATENATED MODULE: ./src/scanner/filters/heuristics.ts


const sequences = [
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789ABCDEF',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
    '0123456789',
].map((alphabet) => alphabet + alphabet);
/** The whole value is a run of an alphabet (`ABCDEF…`, `0123…`), as detect-secrets checks. */
function isSequentialString(secret) {
    const upper = secret.toUpperCase();
    return upper.length >= 4 && sequences.some((sequence) => sequence.includes(upper));
}
/** The value holds a run of eight up or down an alphabet (`12345678`, `fedcba98`): typed, not generated. */
function hasAscendingRun(secret) {
    let up = 1;
    let down = 1;
    for (let i = 1; i < secret.length; i++) {
        const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
        const alphanumeric = /[0-9a-zA-Z]/.test(secret[i]);
        up = step === 1 && alphanumeric ? up + 1 : 1;
        down = step === -1 && alphanumeric ? down + 1 : 1;
        if (up >= 8 || down >= 8)
            return true;
    }
    return false;
}
/** A version number or range (`13.0.7`, `^2.1.0-beta.1`): package manifests name packages `*-secret*`. */
function isVersion(secret) {
    return /^[~^=v]?\d{1,6}(?:\.\d{1,6}){1,2}(?:[-+][0-9A-Za-z.-]{1,40})?$/.test(secret);
}
/**
 * The value is keyed by a file path (`"@esbuild/linux-x64/bin/esbuild": "<sha>"`) or is a Travis
 * `secure:` value (encrypted for the repository, public by design): checksums and ciphertext.
 */
function isPathKeyedOrEncrypted(line, column) {
    const before = line.slice(Math.max(0, column - 240), column);
    const key = /["']([^"']{1,200})["'][ \t]{0,5}:[ \t]{0,5}["']?$/.exec(before)?.[1];
    if (key !== undefined && /\/[^/]{1,100}$/.test(key) && !/\s/.test(key))
        return true;
    return /(?:^|[\s{,])secure["']?[ \t]{0,5}:[ \t]{0,5}["']?$/.test(before);
}
const uuidPattern = /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/i;
/** The value holds a UUID: an identifier, not a credential, for generic detectors. */
function isPotentialUuid(secret) {
    return uuidPattern.test(secret);
}
/**
 * `{x}`, `{{ x }}`, `<x>`, `${X}`, `%(x)s`, `%X%`, `$(X)`, or a value with a `{name}` / `{name:spec}`
 * format field inside: a template, not a value.
 */
function isTemplatedSecret(secret) {
    const value = secret.trim();
    return (/^\$?\{.{0,200}\}$/s.test(value) ||
        /^<[^<>]{1,200}>$/.test(value) ||
        /^%\(.{1,100}\)s$/.test(value) ||
        /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/.test(value) ||
        /^\$\([^()]{1,200}\)$/.test(value) ||
        /\$\{[A-Za-z_][A-Za-z0-9_.:-]{0,100}\}|\{\{[^{}]{1,200}\}\}|\{[A-Za-z_][\w.]{0,40}(?::[\w.<>^+-]{0,20})?\}/.test(value));
}
/** `password = $PASSWORD`: a shell or PHP variable reference. */
function isPrefixedWithDollarSign(secret) {
    return secret.startsWith('$');
}
/** `secret = get_secret()`, `key = request.headers['x-key']`: the value is looked up, not written. */
function isIndirectReference(line) {
    const assignment = /:=?|[!=]{1,3}/.exec(line);
    if (!assignment)
        return false;
    const value = line
        .slice(assignment.index + assignment[0].length)
        .trim()
        .replace(/[;,]$/, '');
    return /^[\w.-]{1,200}[[(]/.test(value) && /[\])]$/.test(value);
}
const lockFiles = new Set([
    'brewfile.lock.json',
    'cargo.lock',
    'cartfile.resolved',
    'composer.lock',
    'gemfile.lock',
    'go.sum',
    'gradle.lockfile',
    'mix.lock',
    'npm-shrinkwrap.json',
    'package-lock.json',
    'package.resolved',
    'packages.lock.json',
    'pipfile.lock',
    'pnpm-lock.yaml',
    'podfile.lock',
    'poetry.lock',
    'pubspec.lock',
    'uv.lock',
    'yarn.lock',
    'bun.lock',
    'flake.lock',
]);
/** Package-manager lock files: their hashes and integrity strings look random by design. */
function isLockFile(path) {
    return lockFiles.has((0,posix_namespaceObject.basename)(path).toLowerCase());
}
/** No letter or digit at all (`********`, `-----`). */
function isNotAlphanumericString(secret) {
    return !/[A-Za-z0-9]/.test(secret);
}
const idContext = /(?:^|[^a-z0-9])(?:[a-z0-9]{0,50}_)?ids?["']?\s{0,5}[:=,(]{1,3}\s{0,5}["'`]?$/i;
/** The value is assigned to an `id` / `*_id` name: an identifier, for generic detectors. */
function isLikelyIdString(line, column) {
    return idContext.test(line.slice(Math.max(0, column - 80), column));
}
/** Swagger / OpenAPI files: full of example tokens. */
function isSwaggerFile(path) {
    return /swagger/i.test(path);
}
/** detect-secrets' heuristic filters, as pure named predicates. */
const heuristicFilters = [
    {
        name: 'sequential-string',
        description: 'an alphabet or digit sequence such as ABCDEF or 12345678',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isSequentialString(secret),
    },
    {
        name: 'ascending-run',
        description: 'a guessed value holding a run such as 12345678 or fedcba98',
        appliesTo: genericOnly,
        excludes: ({ secret }) => hasAscendingRun(secret),
    },
    {
        name: 'version',
        description: 'a version number or range, found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ secret }) => isVersion(secret),
    },
    {
        name: 'path-keyed-or-encrypted',
        description: 'a checksum keyed by a file path, or an encrypted Travis secure value',
        appliesTo: genericOnly,
        excludes: ({ line, column }) => isPathKeyedOrEncrypted(line, column),
    },
    {
        name: 'uuid',
        description: 'a UUID (an identifier) found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ secret }) => isPotentialUuid(secret),
    },
    {
        name: 'templated',
        description: 'a template variable such as ${X}, {{ x }} or <x>',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isTemplatedSecret(secret),
    },
    {
        name: 'dollar-prefixed',
        description: 'a $variable reference',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isPrefixedWithDollarSign(secret),
    },
    {
        name: 'indirect-reference',
        description: 'the value is a function call or lookup, not a literal',
        // It judges the whole line, so only the keyword detector (a value assigned to a name) may use it.
        appliesTo: (detector) => detector.id === 'keyword',
        excludes: ({ line }) => isIndirectReference(line),
    },
    {
        name: 'lock-file',
        description: 'package-manager lock files, whose hashes look random',
        appliesTo: unprefixed,
        excludes: ({ path }) => isLockFile(path),
    },
    {
        name: 'not-alphanumeric',
        description: 'a value with no letter or digit',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isNotAlphanumericString(secret),
    },
    {
        name: 'likely-id',
        description: 'a value assigned to an id field, found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ line, column }) => isLikelyIdString(line, column),
    },
    {
        name: 'swagger-file',
        description: 'Swagger / OpenAPI files, whose tokens are examples',
        appliesTo: genericOnly,
        excludes: ({ path }) => isSwaggerFile(path),
    },
];

;// CONCATENATED MODULE: ./src/scanner/filters/placeholders.ts

const placeholderWords = /x{4,}|\*{3,}|#{4,}|\.{4,}|changeme|change[_-]me|replace[_-]?me|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|(?:api[_-]?)?(?:key|token|secret)[_-]?here|insert[_-]?(?:your|key|token)|placeholder|redacted|dummy|example|sample[_-]?(?:key|token|secret)|<[a-z_-]{1,40}>|^(?:fake|test|none|null|undefined|secret|password|passwd|token|todo|tbd|notasecret)$/i;
/** Placeholder text rather than a credential: `xxxx`, `changeme`, `your-key-here`, `EXAMPLE`, `****`. */
function isPlaceholder(secret) {
    return placeholderWords.test(secret);
}
/**
 * Too little variety to be generated: one character six times in a row in a short value, or at
 * most three distinct characters in a value of eight or more.
 */
function isRepeatedCharacters(secret) {
    // Long base64 values legitimately hold runs (zero bytes encode as `AAAA…`): judge only short ones.
    if (secret.length < 32 && /(.)\1{5}/.test(secret))
        return true;
    return secret.length >= 8 && new Set(secret).size <= 3;
}
/**
 * Every character different in a value of 26 or more: an alphabet such as an ID generator's
 * (random base64 of that length repeats a character with near certainty).
 */
function isAlphabet(secret) {
    return secret.length >= 26 && new Set(secret).size === secret.length;
}
/** Placeholder filters: they apply to every detector, since a provider prefix followed by `xxxx` is a placeholder too. */
const placeholderFilters = [
    {
        name: 'placeholder',
        description: 'placeholder text such as xxxx, changeme, your-key-here or EXAMPLE',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isPlaceholder(secret),
    },
    {
        name: 'repeated-characters',
        description: 'a run of one character, or too few distinct characters to be generated',
        // Prefixed tokens embed numeric ids (Slack's `xoxa-2-5111111…`) whose runs mean nothing.
        appliesTo: unprefixed,
        excludes: ({ secret }) => isRepeatedCharacters(secret),
    },
    {
        name: 'low-variety-guess',
        description: 'a guessed value that is one word or one number',
        appliesTo: unprefixed,
        excludes: ({ secret }) => /^(?:[A-Z]?[a-z]{1,30}|[A-Z]{1,30}|[0-9]{1,12})$/.test(secret) && secret.length < 8,
    },
    {
        name: 'alphabet',
        description: 'a character set written out (every character different), as ID generators define',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isAlphabet(secret),
    },
];

;// CONCATENATED MODULE: ./src/scanner/filters/index.ts


/** Every built-in false-positive filter, in the order they are tried. */
const builtinFilters = [...placeholderFilters, ...heuristicFilters];

;// CONCATENATED MODULE: ./src/scanner/lines.ts
/**
 * Offsets of line starts, with `\r\n`, `\n` and a lone `\r` each ending a line (Python's
 * universal newlines, which detect-secrets line numbers follow).
 */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
        this.starts = text.includes('\r') ? universalLineStarts(text) : newlineLineStarts(text);
    }
    /** 0-based index of the line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** Offset where line `index` starts. */
    startOf(index) {
        return this.starts[index] ?? this.text.length;
    }
    /** Offset just past the content of line `index` (before its line break). */
    endOf(index) {
        const next = this.starts[index + 1];
        if (next === undefined)
            return this.text.length;
        let end = next - 1;
        if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13)
            end--;
        return Math.max(end, this.starts[index]);
    }
    get count() {
        return this.starts.length;
    }
}
function newlineLineStarts(text) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
    }
    return starts;
}
function universalLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10)
            starts.push(i + 1);
        else if (code === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/scanner/pragmas.ts
const allowlistSameLine = /pragma:\s*allowlist[ -]secret|gitleaks:allow|secrets-action:allow/i;
const allowlistNextLine = /pragma:\s*allowlist[ -]nextline[ -]secret/i;
/**
 * Whether an inline comment allowlists the secret on `line`: detect-secrets' `pragma: allowlist
 * secret` (in any comment style, since only the text is matched), `pragma: allowlist nextline
 * secret` on the previous line, or gitleaks' `gitleaks:allow`.
 */
function isAllowlistedByPragma(line, previousLine) {
    if (allowlistSameLine.test(line))
        return true;
    return previousLine !== undefined && allowlistNextLine.test(previousLine);
}

;// CONCATENATED MODULE: ./src/scanner/keyword-matcher.ts
/**
 * Finds many case-insensitive literals in one pass over a string, faster than a regex
 * alternation of hundreds of keywords (which V8 tries one by one at every position): each
 * position's last four (or three) characters, lower-cased and packed into an integer, are looked
 * up in a bitmap, and only bitmap hits are verified.
 */
const fold = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) {
    // Characters above Latin-1 share one value; verification compares them exactly.
    fold[code] = code >= 65 && code <= 90 ? code + 32 : code < 256 ? code : 0xff;
}
const bitmapBits = 16;
const hashOf = (packed) => Math.imul(packed, 0x9e3779b1) >>> (32 - bitmapBits);
const byteOf = new Uint8Array(65536);
for (let code = 0; code < 65536; code++)
    byteOf[code] = code < 256 ? code : 0xff;
/** Packs up to four characters (already lower-case) as the scanning loop does. */
function pack(text, length) {
    let packed = 0;
    for (let i = 0; i < length; i++)
        packed = ((packed << 8) | fold[text.charCodeAt(i)]) >>> 0;
    return packed;
}
/** A set of case-insensitive keywords, each carrying a value returned when it is found. */
class KeywordMatcher {
    bitmap4 = new Uint8Array(1 << bitmapBits);
    bitmap3 = new Uint8Array(1 << bitmapBits);
    byPrefix4 = new Map();
    byPrefix3 = new Map();
    /** Keywords of one or two characters: rare (custom detectors only), matched by a regex. */
    shortRegex;
    shortValues = new Map();
    /** Anchors by their first two characters, packed case-sensitively. */
    anchorTable = new Uint8Array(1 << 16);
    anchorsByPair = new Map();
    constructor(keywords, anchors = []) {
        for (const anchor of anchors) {
            if (anchor.literal.length < 2)
                throw new Error(`anchor ${JSON.stringify(anchor.literal)} is shorter than 2 characters`);
            const pair = (byteOf[anchor.literal.charCodeAt(0)] << 8) |
                byteOf[anchor.literal.charCodeAt(1)];
            this.anchorTable[pair] = 1;
            this.anchorsByPair.set(pair, [...(this.anchorsByPair.get(pair) ?? []), anchor]);
        }
        const short = [];
        for (const [raw, value] of keywords) {
            const keyword = raw.toLowerCase();
            if (keyword.length < 3) {
                short.push(keyword);
                this.shortValues.set(keyword, value);
                continue;
            }
            const width = keyword.length >= 4 ? 4 : 3;
            const packed = pack(keyword, width);
            const [bitmap, index] = width === 4 ? [this.bitmap4, this.byPrefix4] : [this.bitmap3, this.byPrefix3];
            bitmap[hashOf(packed)] = 1;
            index.set(packed, [...(index.get(packed) ?? []), { keyword, value }]);
        }
        if (short.length > 0) {
            const escaped = short.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
            this.shortRegex = new RegExp(escaped.join('|'), 'gi');
        }
    }
    /** Calls `onMatch(start, value)` for every occurrence of every keyword, overlaps included. */
    forEachMatch(text, onMatch) {
        const { bitmap4, bitmap3, anchorTable } = this;
        const length = text.length;
        let packed = 0;
        let pair = 0;
        for (let i = 0; i < length; i++) {
            const code = text.charCodeAt(i);
            pair = ((pair << 8) | byteOf[code]) & 0xffff;
            if (anchorTable[pair] === 1 && i >= 1)
                this.confirmAnchors(pair, text, i - 1, onMatch);
            packed = ((packed << 8) | fold[code]) >>> 0;
            if (bitmap4[hashOf(packed)] === 1 && i >= 3)
                this.verify(this.byPrefix4.get(packed), text, i - 3, onMatch);
            const packed3 = packed & 0xffffff;
            if (bitmap3[hashOf(packed3)] === 1 && i >= 2)
                this.verify(this.byPrefix3.get(packed3), text, i - 2, onMatch);
        }
        const shortRegex = this.shortRegex;
        if (shortRegex) {
            shortRegex.lastIndex = 0;
            let match;
            while ((match = shortRegex.exec(text)) !== null) {
                onMatch(match.index, this.shortValues.get(match[0].toLowerCase()));
                shortRegex.lastIndex = match.index + 1;
            }
        }
    }
    confirmAnchors(pair, text, start, onMatch) {
        for (const anchor of this.anchorsByPair.get(pair) ?? []) {
            if (!text.startsWith(anchor.literal, start))
                continue;
            anchor.confirm.lastIndex = start;
            if (anchor.confirm.test(text))
                onMatch(start, anchor.value);
        }
    }
    verify(entries, text, start, onMatch) {
        if (entries === undefined)
            return;
        for (const { keyword, value } of entries) {
            if (start + keyword.length > text.length)
                continue;
            let same = true;
            for (let j = keyword.length >= 4 ? 4 : 3; j < keyword.length && same; j++) {
                const code = text.charCodeAt(start + j);
                const expected = keyword.charCodeAt(j);
                same =
                    fold[code] === expected ||
                        (code >= 128 && String.fromCharCode(code).toLowerCase().charCodeAt(0) === expected);
            }
            // Above Latin-1 the packed value is lossy: confirm the first characters too.
            if (same && beyondLatin1(keyword))
                same = text.slice(start, start + keyword.length).toLowerCase() === keyword;
            if (same)
                onMatch(start, value);
        }
    }
}
function beyondLatin1(keyword) {
    for (let i = 0; i < keyword.length; i++)
        if (keyword.charCodeAt(i) > 255)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/scanner/prefilter.ts

/**
 * One pass over the text that finds every detector keyword (case-insensitive) and every code
 * detector's trigger, so that detector regexes run only on the lines around a hit.
 */
class Prefilter {
    matcher;
    /** Triggers with no literal start of two characters: one regex pass each (shared when equal). */
    regexTriggers = [];
    constructor(detectors) {
        const byKeyword = new Map();
        const anchors = [];
        const byTrigger = new Map();
        detectors.forEach((compiled, index) => {
            for (const keyword of compiled.detector.keywords) {
                const key = keyword.toLowerCase();
                byKeyword.set(key, [...(byKeyword.get(key) ?? []), index]);
            }
            const trigger = compiled.detector.trigger;
            if (trigger === undefined)
                return;
            // Each top-level alternative that starts with a literal becomes an anchor of the keyword
            // pass; a trigger with any other alternative gets a regex pass of its own.
            const alternatives = topLevelAlternatives(trigger);
            const literals = alternatives.map(literalStart);
            if (literals.every((literal) => literal.length >= 2)) {
                alternatives.forEach((alternative, i) => {
                    anchors.push({
                        literal: literals[i],
                        confirm: new RegExp(alternative, 'y'),
                        value: [index],
                    });
                });
            }
            else {
                byTrigger.set(trigger, [...(byTrigger.get(trigger) ?? []), index]);
            }
        });
        this.matcher = new KeywordMatcher(byKeyword, anchors);
        for (const [source, indexes] of byTrigger)
            this.regexTriggers.push({ regex: new RegExp(source, 'g'), detectors: indexes });
    }
    /**
     * Calls `onHit(offset, detectorIndexes)` for each keyword or trigger hit: keywords and anchored
     * triggers in one pass, then each other trigger in a pass of its own, each in offset order.
     */
    forEachHit(text, onHit) {
        this.matcher.forEachMatch(text, onHit);
        for (const { regex, detectors } of this.regexTriggers) {
            regex.lastIndex = 0;
            let match;
            while ((match = regex.exec(text)) !== null) {
                onHit(match.index, detectors);
                if (match[0].length === 0)
                    regex.lastIndex++;
            }
        }
    }
}
/**
 * The literal characters a regex source starts with (`SK[0-9a-f]{32}` gives `SK`), up to four;
 * empty when it starts with a class, group or anchor, or when the literal is quantified.
 */
function literalStart(source) {
    let literal = '';
    let i = 0;
    while (i < source.length && literal.length < 4) {
        const char = source[i];
        let next;
        let width = 1;
        if (char === '\\') {
            const escaped = source[i + 1] ?? '';
            if (!/[.|\-/~_\\]/.test(escaped))
                break;
            next = escaped;
            width = 2;
        }
        else if (/[A-Za-z0-9_~:;,@#%&=!<>"'`-]/.test(char)) {
            next = char;
        }
        else
            break;
        // A quantifier or alternation after this character makes it optional or repeated.
        if (/[?*+{|]/.test(source[i + width] ?? ''))
            break;
        literal += next;
        i += width;
    }
    return literal;
}
/** Escapes a literal for use inside a regular expression. */
function escapeRegex(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** Splits a regex source at its top-level `|` (outside groups and classes). */
function topLevelAlternatives(source) {
    const alternatives = [];
    let depth = 0;
    let inClass = false;
    let from = 0;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth--;
        else if (char === '|' && depth === 0) {
            alternatives.push(source.slice(from, i));
            from = i + 1;
        }
    }
    alternatives.push(source.slice(from));
    return alternatives;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/scanner/redact.ts

/**
 * The printable form of a secret: at most four leading characters (never more than a fifth of
 * the value), then an ellipsis. Short values show nothing.
 */
function redactSecret(secret) {
    const shown = Math.min(4, Math.floor(secret.length / 5));
    return `${secret.slice(0, shown)}…`;
}
/** Lower-case hex SHA-1 of the UTF-8 bytes, as detect-secrets writes `hashed_secret`. */
function sha1Hex(value) {
    return (0,external_node_crypto_.createHash)('sha1').update(value, 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/scanner/entropy.ts
var entropy = __nccwpck_require__(8667);
;// CONCATENATED MODULE: ./src/scanner/engine.ts







/** Default cap on a scanned line's length, in UTF-16 code units. */
const DEFAULT_MAX_LINE_LENGTH = 20_000;
/**
 * The pure engine: text and a path in, findings out. Compiled once, it scans any number of
 * texts; it holds no per-scan state between calls.
 */
class SecretScanner {
    detectors;
    prefilter;
    maxLineLength;
    excludeLines;
    excludeSecrets;
    filters;
    constructor(detectors, options = {}) {
        this.detectors = detectors.map(compileDetector);
        this.prefilter = new Prefilter(this.detectors);
        this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
        this.excludeLines = options.excludeLines ?? [];
        this.excludeSecrets = options.excludeSecrets ?? [];
        this.filters = options.filters ?? builtinFilters;
    }
    /** Scans one text; `path` is used for reporting and by path-aware filters. */
    scanText(text, path) {
        const skips = [];
        let lines;
        const segments = new Map();
        let lastLine = -1;
        let lastLineStart = 0;
        let lastLineEnd = -1;
        let lastLineSkipped = false;
        const skippedLines = new Set();
        this.prefilter.forEachHit(text, (offset, detectorIndexes) => {
            lines ??= new LineIndex(text);
            if (offset < lastLineStart || offset > lastLineEnd) {
                lastLine = lines.lineOf(offset);
                lastLineStart = lines.startOf(lastLine);
                lastLineEnd = lines.endOf(lastLine);
                lastLineSkipped = lastLineEnd - lastLineStart > this.maxLineLength;
                if (lastLineSkipped && !skippedLines.has(lastLine)) {
                    skippedLines.add(lastLine);
                    skips.push({ file: path, reason: 'long-line', line: lastLine + 1 });
                }
            }
            if (lastLineSkipped)
                return;
            for (const index of detectorIndexes) {
                const extra = this.detectors[index].detector.contextLines ?? 0;
                if (extra === 0)
                    addSegment(segments, index, lastLineStart, lastLineEnd);
                else
                    addSegment(segments, index, ...contextSegment(lines, lastLine, extra, this.maxLineLength));
            }
        });
        if (!lines)
            return { findings: [], skips };
        const candidates = [];
        for (const [index, ranges] of segments) {
            const detector = this.detectors[index];
            for (let i = 0; i < ranges.length; i += 2) {
                for (const match of runDetector(detector, text, ranges[i], ranges[i + 1], path)) {
                    candidates.push({ detector, match });
                }
            }
        }
        const accepted = candidates.filter((candidate) => this.accept(candidate, text, lines, path));
        const findings = dropOverlaps(accepted).map((candidate) => toFinding(candidate, lines, path));
        findings.sort(compareFindings);
        return { findings, skips };
    }
    accept({ detector, match }, text, lines, path) {
        const { secret } = match;
        const info = detector.detector;
        if (secret.length === 0)
            return false;
        if (info.minEntropy !== undefined && (0,entropy/* shannonEntropy */.l)(secret) < info.minEntropy)
            return false;
        if (detector.allowlist.some((regex) => regex.test(secret)))
            return false;
        if (this.excludeSecrets.some((regex) => regex.test(secret)))
            return false;
        const lineIndex = lines.lineOf(match.start);
        const lineStart = lines.startOf(lineIndex);
        const line = text.slice(lineStart, lines.endOf(lineIndex));
        const previous = lineIndex > 0
            ? text.slice(lines.startOf(lineIndex - 1), lines.endOf(lineIndex - 1))
            : undefined;
        if (isAllowlistedByPragma(line, previous))
            return false;
        if (this.excludeLines.some((regex) => regex.test(line)))
            return false;
        const input = { secret, line, column: match.start - lineStart, path, detector: info };
        return !this.filters.some((filter) => filter.appliesTo(info) && filter.excludes(input));
    }
}
/**
 * The hit line widened by `extraLines` on each side (a name and its value may sit on adjacent
 * lines, as in an XML element), stopping before any line too long to scan.
 */
function contextSegment(lines, line, extraLines, maxLineLength) {
    const scannable = (index) => lines.endOf(index) - lines.startOf(index) <= maxLineLength;
    let first = line;
    while (line - first < extraLines && first > 0 && scannable(first - 1))
        first--;
    let last = line;
    while (last - line < extraLines && last + 1 < lines.count && scannable(last + 1))
        last++;
    return [lines.startOf(first), lines.endOf(last)];
}
/** Appends a range to a detector's list, merging it with the previous one when they touch. */
function addSegment(segments, detector, start, end) {
    const ranges = segments.get(detector);
    if (!ranges) {
        segments.set(detector, [start, end]);
        return;
    }
    const lastEnd = ranges[ranges.length - 1];
    const lastStart = ranges[ranges.length - 2];
    if (start >= lastStart && start <= lastEnd + 1) {
        if (end > lastEnd)
            ranges[ranges.length - 1] = end;
    }
    else {
        ranges.push(start, end);
    }
}
function runDetector(detector, text, start, end, path) {
    if (detector.code)
        return detector.code.detect({ text, start, end, path });
    const regex = detector.regex;
    const slice = text.slice(start, end);
    const matches = [];
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(slice)) !== null) {
        if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
        }
        const secretSpan = match.indices?.groups?.secret;
        const [from, to] = secretSpan ?? match.indices?.[0];
        const secret = slice.slice(from, to);
        const hashed = match.groups?.hashed;
        matches.push({
            start: start + from,
            end: start + to,
            secret,
            ...(hashed !== undefined && { hashed }),
        });
    }
    return matches;
}
/** On overlapping spans, the more specific detector wins: prefixed over contextual over generic. */
function dropOverlaps(candidates) {
    const byStrength = [...candidates].sort((a, b) => a.detector.rank - b.detector.rank || a.match.start - b.match.start);
    const kept = [];
    for (const candidate of byStrength) {
        const { start, end } = candidate.match;
        const clash = kept.some((other) => (other.detector.rank < candidate.detector.rank || other.detector === candidate.detector) &&
            other.match.start < end &&
            start < other.match.end);
        if (!clash)
            kept.push(candidate);
    }
    return kept;
}
function toFinding({ detector, match }, lines, path) {
    const info = detector.detector;
    const line = lines.lineOf(match.start);
    const endLine = lines.lineOf(Math.max(match.start, match.end - 1));
    return {
        detectorId: info.id,
        secretType: info.secretType,
        provider: info.provider,
        file: path,
        line: line + 1,
        column: match.start - lines.startOf(line) + 1,
        endLine: endLine + 1,
        endColumn: match.end - lines.startOf(endLine) + 1,
        redacted: redactSecret(match.secret),
        hashedSecret: sha1Hex(match.hashed ?? match.secret),
        fingerprint: sha1Hex(match.secret),
    };
}
/** Orders findings by position, then detector id, so output is deterministic. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.detectorId < b.detectorId ? -1 : a.detectorId > b.detectorId ? 1 : 0));
}



/***/ }),

/***/ 8667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/** Shannon entropy of a string in bits per character, counted over UTF-16 code units. */
function shannonEntropy(value) {
    const length = value.length;
    if (length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < length; i++) {
        const code = value.charCodeAt(i);
        counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}


/***/ }),

/***/ 5180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ scanFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/scanner/sources/binary.ts
/**
 * Extensions of formats that hold no reviewable text: skipped without reading, and reported as
 * binary. Text formats that happen to be generated (lock files, minified code) are still read.
 */
const binaryExtensions = new Set(('png jpg jpeg gif bmp ico icns tif tiff webp avif heic psd svgz ' +
    'mp3 mp4 m4a m4v mov avi mkv webm wav flac ogg oga ogv opus aac wma wmv ' +
    'zip gz tgz bz2 xz zst 7z rar tar jar war ear apk aab ipa whl egg nupkg deb rpm dmg iso msi cab ' +
    'exe dll so dylib a lib o obj ko elf bin class pyc pyo pyd wasm node dex ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp epub mobi ' +
    'ttf otf woff woff2 eot ' +
    'sqlite sqlite3 db mdb accdb parquet avro orc feather npy npz pkl pickle h5 hdf5 onnx pt pth ckpt safetensors tflite ' +
    'glb fbx blend 3ds stl dds ktx ' +
    'pack idx keystore jks p12 pfx der').split(' '));
/** Whether a path's extension names a binary format. */
function hasBinaryExtension(path) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return false;
    return binaryExtensions.has(path.slice(dot + 1).toLowerCase());
}
/** How much of a file is examined for NUL bytes, as git does to call a file binary. */
const sniffLength = 8000;
/** Whether content looks binary: a NUL byte near the start. */
function looksBinary(content) {
    return content.subarray(0, sniffLength).includes(0);
}

;// CONCATENATED MODULE: ./src/scanner/sources/read-file.ts


const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/**
 * Reads a file for scanning. Binary and oversized files are recognised before their content is
 * read; a file that is not valid UTF-8 is decoded byte for byte, so ASCII tokens are still found.
 */
async function readForScan(absolutePath, maxFileSize) {
    return readForScanSync(absolutePath, maxFileSize);
}
/**
 * The synchronous read behind `readForScan`: for many small files, one open, fstat, read and
 * close costs a fifth of what promise-based file handles do, and scans run in worker threads.
 */
function readForScanSync(absolutePath, maxFileSize) {
    if (hasBinaryExtension(absolutePath))
        return { kind: 'skipped', reason: 'binary', detail: 'extension' };
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
    }
    catch (error) {
        return failure(error);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { kind: 'missing' };
        if (stat.size > maxFileSize) {
            return {
                kind: 'skipped',
                reason: 'too-large',
                detail: `${stat.size} bytes, limit ${maxFileSize}`,
            };
        }
        const content = (0,external_node_fs_.readFileSync)(fd);
        if (looksBinary(content))
            return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
        try {
            return { kind: 'text', text: utf8.decode(content), bytes: content.length, utf8: true };
        }
        catch {
            // latin1 maps each byte to one code unit, so offsets of ASCII text stay where they were.
            return { kind: 'text', text: latin1.decode(content), bytes: content.length, utf8: false };
        }
    }
    catch (error) {
        return failure(error);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function failure(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { kind: 'missing' };
    return { kind: 'skipped', reason: 'unreadable', detail: code ?? error.message };
}

;// CONCATENATED MODULE: ./src/scanner/sources/scan-file.ts

/** Reads one file and runs the engine on it; a file that cannot be read becomes a skip. */
async function scanFile(scanner, file, maxFileSize) {
    const outcome = await readForScan(file.absolute, maxFileSize);
    const base = { file: file.relative, findings: [], skips: [], bytes: 0, utf8: true };
    if (outcome.kind === 'missing')
        return { ...base, status: 'missing' };
    if (outcome.kind === 'skipped') {
        const skip = { file: file.relative, reason: outcome.reason, detail: outcome.detail };
        return { ...base, status: 'skipped', skips: [skip] };
    }
    const { findings, skips } = scanner.scanText(outcome.text, file.relative);
    return {
        file: file.relative,
        status: 'scanned',
        findings,
        skips,
        bytes: outcome.bytes,
        utf8: outcome.utf8,
    };
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Maps an async stream with at most `limit` calls of `fn` in flight, yielding results as they
 * complete (not in input order). It pulls from `source` only when a slot is free, so a long
 * stream is never buffered.
 */
async function* mapConcurrent(source, limit, fn) {
    const iterator = source[Symbol.asyncIterator]();
    const running = new Map();
    let nextId = 0;
    let exhausted = false;
    for (;;) {
        while (!exhausted && running.size < limit) {
            const next = await iterator.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const id = nextId++;
            running.set(id, fn(next.value).then((result) => [id, result]));
        }
        if (running.size === 0)
            return;
        const [id, result] = await Promise.race(running.values());
        running.delete(id);
        yield result;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
