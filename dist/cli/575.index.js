export const id = 575;
export const ids = [575];
export const modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1715);




/** Validates each file; returns the exit code. */
async function validateCommand(files, opts, io) {
    const results = [];
    for (const file of files) {
        const loaded = await (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadRunbookFile */ .J6)(file, io.cwd);
        // A compiled runbook whose TSG changed since is stale: a warning (an error with --strict).
        const stale = await (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSourceFile */ .KS)(loaded, io.cwd);
        results.push(stale.length === 0 ? loaded : { ...loaded, diagnostics: [...loaded.diagnostics, ...stale] });
    }
    const failed = (r) => {
        const { errors, warnings } = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(r.diagnostics);
        return errors > 0 || (opts.strict && warnings > 0);
    };
    if (opts.format === 'json') {
        const files = results.map((r) => ({
            file: r.file,
            valid: !failed(r),
            ...(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(r.diagnostics),
            diagnostics: r.diagnostics
        }));
        io.stdout.write(`${JSON.stringify({ valid: files.every((f) => f.valid), files }, null, 2)}\n`);
    }
    else {
        const style = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .makeStyle */ .O)((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .useColor */ .b)(io, io.stdout));
        for (const r of results)
            io.stdout.write(textReport(r, failed(r), style));
    }
    return results.some(failed) ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput : _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
}
function textReport(r, failed, style) {
    const { errors, warnings } = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(r.diagnostics);
    const counts = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCounts */ .wv)(errors, warnings);
    const head = failed
        ? `${r.file}: ${style.red('invalid')} (${counts})`
        : `${r.file}: ${style.green('valid')}${warnings > 0 ? ` (${counts})` : ''}`;
    const lines = r.diagnostics.map((d) => {
        const text = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d);
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


/***/ })

};
