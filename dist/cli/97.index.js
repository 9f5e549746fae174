export const id = 97;
export const ids = [97];
export const modules = {

/***/ 7097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./src/runbook/load.ts
var load = __webpack_require__(666);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/runbook/source-hash.ts
var source_hash = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/runbook/source-check.ts
// Staleness: a compiled runbook names its TSG and the TSG's digest in meta.source; when the TSG has
// changed since, the runbook no longer says what the guide says. A warning, located at the digest.




/** Pure: the staleness finding for a validated runbook, given its source's text. */
function sourceDiagnostics(result, source) {
    const meta = result.runbook?.meta.source;
    if (meta?.source_hash === undefined || result.source === undefined)
        return [];
    const where = ['meta', 'source', 'source_hash'];
    if ('error' in source)
        return [
            result.source.diag('source-unreadable', 'warning', `cannot check whether the runbook is stale: its source '${meta.file}' (meta.source.file, relative to the runbook) ${source.error}`, ['meta', 'source', 'file'])
        ];
    if ((0,source_hash/* sourceMatches */.x8)(meta.source_hash, source.text))
        return [];
    return [
        result.source.diag('source-stale', 'warning', `the runbook is stale: its source '${meta.file}' changed since it was compiled (expected ${meta.source_hash}); compile it again with \`runbook compile ${meta.file} -o <this file>\` and review the difference`, where)
    ];
}
/** Reads the source named by meta.source.file (relative to the runbook) and checks it. */
async function checkSourceFile(result, 
/** What a relative `result.file` is relative to (a face's working directory). */
cwd) {
    const meta = result.runbook?.meta.source;
    if (meta?.source_hash === undefined)
        return [];
    const file = cwd === undefined ? result.file : (0,external_node_path_.resolve)(cwd, result.file);
    let source;
    try {
        source = { text: await (0,promises_.readFile)((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), meta.file), 'utf8') };
    }
    catch (err) {
        source = { error: (0,fs_reason/* fsErrorReason */.W)(err, { ENOENT: 'does not exist' }) };
    }
    return sourceDiagnostics(result, source);
}

// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts




/** Validates each file; returns the exit code. */
async function validateCommand(files, opts, io) {
    const results = [];
    for (const file of files) {
        const loaded = await (0,load/* loadRunbookFile */.J)(file, io.cwd);
        // A compiled runbook whose TSG changed since is stale: a warning (an error with --strict).
        const stale = await checkSourceFile(loaded, io.cwd);
        results.push(stale.length === 0 ? loaded : { ...loaded, diagnostics: [...loaded.diagnostics, ...stale] });
    }
    const failed = (r) => {
        const { errors, warnings } = (0,diagnostic/* countBySeverity */.Ot)(r.diagnostics);
        return errors > 0 || (opts.strict && warnings > 0);
    };
    if (opts.format === 'json') {
        const files = results.map((r) => ({
            file: r.file,
            valid: !failed(r),
            ...(0,diagnostic/* countBySeverity */.Ot)(r.diagnostics),
            diagnostics: r.diagnostics
        }));
        io.stdout.write(`${JSON.stringify({ valid: files.every((f) => f.valid), files }, null, 2)}\n`);
    }
    else {
        const style = (0,cli_style/* makeStyle */.O)((0,cli_io/* useColor */.b)(io, io.stdout));
        for (const r of results)
            io.stdout.write(textReport(r, failed(r), style));
    }
    return results.some(failed) ? exit_codes/* ExitCode */.y.InvalidInput : exit_codes/* ExitCode */.y.Ok;
}
function textReport(r, failed, style) {
    const { errors, warnings } = (0,diagnostic/* countBySeverity */.Ot)(r.diagnostics);
    const counts = (0,diagnostic/* describeCounts */.wv)(errors, warnings);
    const head = failed
        ? `${r.file}: ${style.red('invalid')} (${counts})`
        : `${r.file}: ${style.green('valid')}${warnings > 0 ? ` (${counts})` : ''}`;
    const lines = r.diagnostics.map((d) => {
        const text = (0,diagnostic/* formatDiagnostic */.xy)(d);
        return d.severity === 'error'
            ? text.replace(' error ', ` ${style.red('error')} `)
            : text.replace(' warning ', ` ${style.yellow('warning')} `);
    });
    return [head, ...lines].join('\n') + '\n';
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
/** Whether to colour output written to `stream`. */
function useColor(io, stream) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true && io.env.TERM !== 'dumb';
}


/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ makeStyle)
/* harmony export */ });
// Minimal ANSI styling, switched off by NO_COLOR and when output is not a terminal.
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function makeStyle(enabled) {
    if (!enabled) {
        const id = (s) => s;
        return { red: id, green: id, yellow: id, dim: id, bold: id };
    }
    return {
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        dim: wrap(2, 22),
        bold: wrap(1, 22)
    };
}


/***/ }),

/***/ 666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ loadRunbookFile),
/* harmony export */   Q: () => (/* binding */ fileDiagnostic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_reason_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3174);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2138);
// Reading a runbook from disk: a thin wrapper around validateRunbookText that turns file-system
// failures into located diagnostics and records the digest the engine pins a run to.





/** Reads and validates a runbook file. Never throws for a missing or unreadable file. */
async function loadRunbookFile(path, cwd) {
    let bytes;
    try {
        // A relative path is the caller's (a face's working directory), reported as given.
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(cwd === undefined ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path));
    }
    catch (err) {
        return { file: path, diagnostics: [fileDiagnostic(path, err)] };
    }
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    return { ...(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRunbookText */ .A)(bytes.toString('utf8'), path), digest };
}
/** A diagnostic for a file that could not be read. */
function fileDiagnostic(path, err) {
    const reason = (0,_fs_reason_js__WEBPACK_IMPORTED_MODULE_4__/* .fsErrorReason */ .W)(err, { ENOENT: 'no such file', EISDIR: 'is a directory, expected a YAML file' }, _fs_reason_js__WEBPACK_IMPORTED_MODULE_4__/* .cannotBeRead */ .x);
    return {
        rule: 'file-unreadable',
        severity: 'error',
        message: reason,
        file: path,
        line: 1,
        col: 1,
        path: ''
    };
}


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g5: () => (/* binding */ withSource),
/* harmony export */   x8: () => (/* binding */ sourceMatches)
/* harmony export */ });
/* unused harmony export sourceHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// meta.source: the digest that ties a compiled runbook to the TSG it came from. It is taken over the
// source's text (decoded as UTF-8, a byte-order mark excluded), so the compiler, which only sees the
// text, and `runbook validate`, which reads the file, compute the same value.

/** `sha256:<hex>` of a TSG's text. */
function sourceHash(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body, 'utf8').digest('hex')}`;
}
/** Whether `recorded` (`sha256:<hex>`, or plain hex as gert may write it) names `text`'s digest. */
function sourceMatches(recorded, text) {
    const want = recorded.startsWith('sha256:') ? recorded : `sha256:${recorded}`;
    return want.toLowerCase() === sourceHash(text);
}
/** The runbook with meta.source set, placed after meta.description (else after name: gert's order). */
function withSource(runbook, file, text) {
    const source = { file, source_hash: sourceHash(text) };
    const after = runbook.meta.description === undefined ? 'name' : 'description';
    const meta = {};
    for (const [key, value] of Object.entries(runbook.meta)) {
        if (key === 'source')
            continue;
        meta[key] = value;
        if (key === after)
            meta.source = source;
    }
    return { ...runbook, meta: meta };
}


/***/ })

};
