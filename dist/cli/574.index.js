export const id = 574;
export const ids = [574];
export const modules = {

/***/ 7574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   convertCommand: () => (/* binding */ convertCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9059);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8551);
// `runbook convert FILE`: prints the flat runbook a gert tree-form runbook stands for (steps with
// `when` guards in CEL), or writes it with -o. Exit 0 converted, 3 invalid input.




/** Converts one runbook; diagnostics (and warnings) go to standard error. */
async function convertCommand(file, opts, io) {
    let loaded;
    try {
        loaded = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRunbookText */ .As)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8'), file);
    }
    catch (err) {
        loaded = { file, diagnostics: [(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fileDiagnostic */ .Q5)(file, err)] };
    }
    for (const d of loaded.diagnostics)
        io.stderr.write(`${(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy)(d)}\n`);
    if (loaded.runbook === undefined)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.InvalidInput;
    const yaml = `# ${file} as a flat runbook (runbook convert): each step guarded by its branch conditions.\n${(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .flatRunbookYaml */ .FO)({ ...loaded, runbook: loaded.runbook })}`;
    if (opts.out === undefined || opts.out === '-') {
        io.stdout.write(yaml);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Ok;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, opts.out), yaml);
    }
    catch (err) {
        io.stderr.write(`runbook: cannot write ${opts.out}: ${err.code ?? String(err)}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.InvalidInput;
    }
    io.stderr.write(`flat runbook written to ${opts.out}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.Ok;
}


/***/ })

};
