/* Generated from schema/runbook-test.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck
import { ucs2length } from '../../runbook/schema-runtime.js'
export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook-test.schema.json","title":"runbook test expectations (test.yaml)","description":"What a replayed scenario must show, beside the scenario (X.test.yaml, or test.yaml in gert's scenarios/NAME/CASE/ layout). gert's test.yaml fields mean what gert's `gert test` makes of them; expected_status and expected_failure are this tool's additions. Every field is optional; an absent field is not checked. Without expected_status the run must pass (or, with expected_failure, fail).","type":["object","null"],"additionalProperties":false,"properties":{"scenario":{"type":["string","null"],"description":"gert: the scenario's name (informational).","examples":["icm-748724360"]},"description":{"type":["string","null"],"description":"What the scenario shows (shown in reports).","examples":["DNS OK but HTTP 503: the HTTP check escalates"]},"tags":{"type":["array","null"],"items":{"type":"string"},"description":"gert: free labels (informational).","examples":[["happy-path"]]},"expected_outcome":{"type":["string","null"],"minLength":1,"description":"The outcome the run ends with (gert's states: resolved, escalated, no_action, needs_rca, ...). A run that ends without an outcome has the outcome 'completed' when it passed and 'error' when it failed, as in gert.","examples":["escalated"]},"expected_chain":{"type":["array","null"],"items":{"type":"string"},"description":"gert: the runbooks visited, in order (each entry equal to, or contained in, the runbook's name). Runbooks here do not invoke others, so the chain is the runbook alone.","examples":[["login-success-rate-below-target"]]},"expected_captures":{"type":["object","null"],"description":"Captured values (after redaction) at the end of the run: the exact text; `/RE2/` (a regular expression searched in the value); or a number comparison `>N`, `<N`, `>=N`, `<=N`, `==N`, `!=N` (gert's forms).","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"},"examples":[{"pod_name":"web-0","restarts":">0","reason":"/CrashLoop/"}]},"must_reach":{"type":["array","null"],"items":{"type":"string","minLength":1},"description":"Step ids the run must start.","examples":[["check_pods"]]},"must_not_reach":{"type":["array","null"],"items":{"type":"string","minLength":1},"description":"Step ids the run must never start.","examples":[["restart_pod"]]},"expected_step_status":{"type":["object","null"],"description":"gert: the final status of steps (passed, failed, skipped, ...).","additionalProperties":{"type":"string","minLength":1},"examples":[{"check_pods":"passed"}]},"expected_status":{"enum":["passed","failed","paused",null],"description":"How the run ends. Default: passed, or failed when expected_failure is given.","examples":["failed"]},"expected_failure":{"type":["object","null"],"additionalProperties":false,"required":["step"],"description":"For a negative scenario: the step that fails, and a regular expression (RE2 syntax, searched) its error must match. Implies expected_status: failed.","examples":[{"step":"check_pods","message":"assertion .* failed"}],"properties":{"step":{"type":"string","minLength":1,"description":"The id of the step that fails.","examples":["check_pods"]},"message":{"type":["string","null"],"description":"A regular expression (RE2 syntax) searched in the step's error.","examples":["exit code 1"]}}}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook-test.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema19.type},message:"must be object,null",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.scenario !== undefined){
let data0 = data.scenario;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/scenario",schemaPath:"#/properties/scenario/type",keyword:"type",params:{type: schema19.properties.scenario.type},message:"must be string,null",schema:schema19.properties.scenario.type,parentSchema:schema19.properties.scenario,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema19.properties.description.type},message:"must be string,null",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if((!(Array.isArray(data2))) && (data2 !== null)){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: schema19.properties.tags.type},message:"must be array,null",schema:schema19.properties.tags.type,parentSchema:schema19.properties.tags,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.tags.items.type,parentSchema:schema19.properties.tags.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.expected_outcome !== undefined){
let data4 = data.expected_outcome;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/expected_outcome",schemaPath:"#/properties/expected_outcome/type",keyword:"type",params:{type: schema19.properties.expected_outcome.type},message:"must be string,null",schema:schema19.properties.expected_outcome.type,parentSchema:schema19.properties.expected_outcome,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/expected_outcome",schemaPath:"#/properties/expected_outcome/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.expected_outcome,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.expected_chain !== undefined){
let data5 = data.expected_chain;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err8 = {instancePath:instancePath+"/expected_chain",schemaPath:"#/properties/expected_chain/type",keyword:"type",params:{type: schema19.properties.expected_chain.type},message:"must be array,null",schema:schema19.properties.expected_chain.type,parentSchema:schema19.properties.expected_chain,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/expected_chain/" + i1,schemaPath:"#/properties/expected_chain/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.expected_chain.items.type,parentSchema:schema19.properties.expected_chain.items,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.expected_captures !== undefined){
let data7 = data.expected_captures;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
const err10 = {instancePath:instancePath+"/expected_captures",schemaPath:"#/properties/expected_captures/type",keyword:"type",params:{type: schema19.properties.expected_captures.type},message:"must be object,null",schema:schema19.properties.expected_captures.type,parentSchema:schema19.properties.expected_captures,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs18 = errors;
if(typeof key1 === "string"){
if(!pattern3.test(key1)){
const err11 = {instancePath:instancePath+"/expected_captures",schemaPath:"#/properties/expected_captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema19.properties.expected_captures.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid5 = _errs18 === errors;
if(!valid5){
const err12 = {instancePath:instancePath+"/expected_captures",schemaPath:"#/properties/expected_captures/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema19.properties.expected_captures.propertyNames,parentSchema:schema19.properties.expected_captures,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/expected_captures/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expected_captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.expected_captures.additionalProperties.type,parentSchema:schema19.properties.expected_captures.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
if(data.must_reach !== undefined){
let data9 = data.must_reach;
if((!(Array.isArray(data9))) && (data9 !== null)){
const err14 = {instancePath:instancePath+"/must_reach",schemaPath:"#/properties/must_reach/type",keyword:"type",params:{type: schema19.properties.must_reach.type},message:"must be array,null",schema:schema19.properties.must_reach.type,parentSchema:schema19.properties.must_reach,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err15 = {instancePath:instancePath+"/must_reach/" + i2,schemaPath:"#/properties/must_reach/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.must_reach.items,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/must_reach/" + i2,schemaPath:"#/properties/must_reach/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.must_reach.items.type,parentSchema:schema19.properties.must_reach.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
if(data.must_not_reach !== undefined){
let data11 = data.must_not_reach;
if((!(Array.isArray(data11))) && (data11 !== null)){
const err17 = {instancePath:instancePath+"/must_not_reach",schemaPath:"#/properties/must_not_reach/type",keyword:"type",params:{type: schema19.properties.must_not_reach.type},message:"must be array,null",schema:schema19.properties.must_not_reach.type,parentSchema:schema19.properties.must_not_reach,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err18 = {instancePath:instancePath+"/must_not_reach/" + i3,schemaPath:"#/properties/must_not_reach/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.must_not_reach.items,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/must_not_reach/" + i3,schemaPath:"#/properties/must_not_reach/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.must_not_reach.items.type,parentSchema:schema19.properties.must_not_reach.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
if(data.expected_step_status !== undefined){
let data13 = data.expected_step_status;
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
const err20 = {instancePath:instancePath+"/expected_step_status",schemaPath:"#/properties/expected_step_status/type",keyword:"type",params:{type: schema19.properties.expected_step_status.type},message:"must be object,null",schema:schema19.properties.expected_step_status.type,parentSchema:schema19.properties.expected_step_status,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err21 = {instancePath:instancePath+"/expected_step_status/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expected_step_status/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.expected_step_status.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/expected_step_status/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expected_step_status/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.expected_step_status.additionalProperties.type,parentSchema:schema19.properties.expected_step_status.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
if(data.expected_status !== undefined){
let data15 = data.expected_status;
if(!((((data15 === "passed") || (data15 === "failed")) || (data15 === "paused")) || (data15 === null))){
const err23 = {instancePath:instancePath+"/expected_status",schemaPath:"#/properties/expected_status/enum",keyword:"enum",params:{allowedValues: schema19.properties.expected_status.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.expected_status.enum,parentSchema:schema19.properties.expected_status,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.expected_failure !== undefined){
let data16 = data.expected_failure;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
const err24 = {instancePath:instancePath+"/expected_failure",schemaPath:"#/properties/expected_failure/type",keyword:"type",params:{type: schema19.properties.expected_failure.type},message:"must be object,null",schema:schema19.properties.expected_failure.type,parentSchema:schema19.properties.expected_failure,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.step === undefined){
const err25 = {instancePath:instancePath+"/expected_failure",schemaPath:"#/properties/expected_failure/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema19.properties.expected_failure.required,parentSchema:schema19.properties.expected_failure,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key4 in data16){
if(!((key4 === "step") || (key4 === "message"))){
const err26 = {instancePath:instancePath+"/expected_failure",schemaPath:"#/properties/expected_failure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.expected_failure,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16.step !== undefined){
let data17 = data16.step;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err27 = {instancePath:instancePath+"/expected_failure/step",schemaPath:"#/properties/expected_failure/properties/step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.expected_failure.properties.step,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/expected_failure/step",schemaPath:"#/properties/expected_failure/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.expected_failure.properties.step.type,parentSchema:schema19.properties.expected_failure.properties.step,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.message !== undefined){
let data18 = data16.message;
if((typeof data18 !== "string") && (data18 !== null)){
const err29 = {instancePath:instancePath+"/expected_failure/message",schemaPath:"#/properties/expected_failure/properties/message/type",keyword:"type",params:{type: schema19.properties.expected_failure.properties.message.type},message:"must be string,null",schema:schema19.properties.expected_failure.properties.message.type,parentSchema:schema19.properties.expected_failure.properties.message,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

