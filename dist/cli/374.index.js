export const id = 374;
export const ids = [374];
export const modules = {

/***/ 2374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  convertCommand: () => (/* binding */ convertCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runbook/validate.ts + 11 modules
var validate = __webpack_require__(2138);
// EXTERNAL MODULE: ./src/runbook/load.ts
var load = __webpack_require__(666);
// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/runbook/conditions.ts + 1 modules
var conditions = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/runbook/normalize.ts
var normalize = __webpack_require__(8423);
// EXTERNAL MODULE: ./src/runbook/gert/tree.ts
var tree = __webpack_require__(8243);
;// CONCATENATED MODULE: ./src/runbook/gert/convert.ts
// `runbook convert`: a runbook in gert's tree form as the flat runbook it stands for: the tree's
// steps in document order, each guarded (`when`) by every enclosing branch condition. Conditions
// are written in CEL (gert's bare names, and/or/not and infix contains translated), so the output
// reads the same in any CEL tool and validates as it is.




/** The flat YAML of a runbook that validated (with or without `tree:`). */
function flatRunbookYaml(checked) {
    const doc = (0,normalize/* normalizeRunbook */.Y)(checked.source?.value ?? checked.runbook);
    const flat = doc.tree === undefined ? doc : (0,tree/* flatDocument */.hv)(doc, (0,tree/* flattenTree */.dG)(doc.tree));
    const names = (0,conditions/* bareNames */.jY)(checked.runbook);
    const cel = (text) => {
        const read = (0,conditions/* readCondition */.sK)(text, names);
        return read.ok ? read.condition.expression : text;
    };
    // `when` right after id, type and title, where a reader looks for it.
    const steps = (flat.steps ?? []).map(({ id, type, title, when, ...s }) => ({
        id,
        type,
        ...(title === undefined ? {} : { title }),
        ...(when === undefined ? {} : { when: cel(when) }),
        ...s,
        ...(s.outcomes === undefined
            ? {}
            : {
                outcomes: s.outcomes.map((o) => (o.when === undefined ? o : { ...o, when: cel(o.when) }))
            })
    }));
    return (0,dist/* stringify */.As)({ ...flat, steps }, { lineWidth: 0 });
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/convert.ts
// `runbook convert FILE`: prints the flat runbook a gert tree-form runbook stands for (steps with
// `when` guards in CEL), or writes it with -o. Exit 0 converted, 3 invalid input.




/** Converts one runbook; diagnostics (and warnings) go to standard error. */
async function convertCommand(file, opts, io) {
    let loaded;
    try {
        loaded = (0,validate/* validateRunbookText */.A)(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), 'utf8'), file);
    }
    catch (err) {
        loaded = { file, diagnostics: [(0,load/* fileDiagnostic */.Q)(file, err)] };
    }
    for (const d of loaded.diagnostics)
        io.stderr.write(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
    if (loaded.runbook === undefined)
        return exit_codes/* ExitCode */.y.InvalidInput;
    const yaml = `# ${file} as a flat runbook (runbook convert): each step guarded by its branch conditions.\n${flatRunbookYaml({ ...loaded, runbook: loaded.runbook })}`;
    if (opts.out === undefined || opts.out === '-') {
        io.stdout.write(yaml);
        return exit_codes/* ExitCode */.y.Ok;
    }
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, opts.out), yaml);
    }
    catch (err) {
        io.stderr.write(`runbook: cannot write ${opts.out}: ${err.code ?? String(err)}\n`);
        return exit_codes/* ExitCode */.y.InvalidInput;
    }
    io.stderr.write(`flat runbook written to ${opts.out}\n`);
    return exit_codes/* ExitCode */.y.Ok;
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


/***/ })

};
