export const id = 28;
export const ids = [28];
export const modules = {

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AUTO_MIN_SCENARIOS: () => (/* reexport safe */ _run_tests_js__WEBPACK_IMPORTED_MODULE_0__.V),
/* harmony export */   RUNBOOK_TEST_SCHEMA: () => (/* reexport safe */ _expectations_js__WEBPACK_IMPORTED_MODULE_4__.eR),
/* harmony export */   byPath: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_3__.f2),
/* harmony export */   closingLine: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.oM),
/* harmony export */   coverageJson: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.B4),
/* harmony export */   coverageOf: () => (/* reexport safe */ _coverage_js__WEBPACK_IMPORTED_MODULE_1__._),
/* harmony export */   coverageText: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__._),
/* harmony export */   findRunbooks: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_3__.nG),
/* harmony export */   jsonReport: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.L7),
/* harmony export */   junitReport: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.$v),
/* harmony export */   lcov: () => (/* reexport safe */ _coverage_js__WEBPACK_IMPORTED_MODULE_1__.f),
/* harmony export */   parseExpectations: () => (/* reexport safe */ _expectations_js__WEBPACK_IMPORTED_MODULE_4__.LC),
/* harmony export */   parseInputs: () => (/* reexport safe */ _expectations_js__WEBPACK_IMPORTED_MODULE_4__.TL),
/* harmony export */   runTests: () => (/* reexport safe */ _run_tests_js__WEBPACK_IMPORTED_MODULE_0__.N),
/* harmony export */   runbookName: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_3__.KG),
/* harmony export */   scenarioText: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.WC),
/* harmony export */   scenariosOf: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_3__.vh),
/* harmony export */   serveWorker: () => (/* reexport safe */ _pool_js__WEBPACK_IMPORTED_MODULE_5__.s),
/* harmony export */   shown: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_3__.SP),
/* harmony export */   tally: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.N4),
/* harmony export */   textReport: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_2__.Mf)
/* harmony export */ });
/* harmony import */ var _run_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(505);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6824);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8461);
/* harmony import */ var _expectations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4208);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5884);
// `runbook test` for every face: discovery, replay of each scenario, expectations, coverage and
// reports. The CLI prints them; the Action annotates and summarises them.








/***/ })

};
