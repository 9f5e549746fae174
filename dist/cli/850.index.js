export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaCommand: () => (/* binding */ schemaCommand)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
// `runbook schema`: prints the runbook/v0 JSON Schema, for editors and other tools.


function schemaCommand(io) {
    io.stdout.write(`${JSON.stringify(_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNBOOK_SCHEMA */ .LY, null, 2)}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
}


/***/ })

};
