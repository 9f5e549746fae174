/* Generated from schema/evidence.v0.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck
import { ucs2length } from './schema-runtime.js'
export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/evidence.v0.schema.json","title":"runbook evidence file","description":"Evidence and approvals for manual steps, given to `runbook resume --evidence-file` or used by replay (`SCENARIO.evidence.yaml`). Shape: step_id -> name -> item.","type":"object","examples":[{"review":{"ticket":{"kind":"text","value":"INC-1234"},"alice":{"kind":"approval","role":"DRI"}}}],"propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]*$"},"additionalProperties":{"type":"object","description":"The items for one manual step, by evidence name (or, for an approval, by approver name).","examples":[{"ticket":{"kind":"text","value":"INC-1234"}}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_.@-]*$"},"additionalProperties":{"$ref":"#/$defs/item"}},"$defs":{"item":{"type":"object","description":"One piece of evidence or one approval.","examples":[{"kind":"checklist","items":["Checked error_rate < 1%"]}],"required":["kind"],"additionalProperties":false,"properties":{"kind":{"enum":["text","checklist","attachment","choice","approval"],"description":"text: value; checklist: items ticked; attachment: path of a file; choice: value, one of the options; approval: the entry's name is the approver.","examples":["text"]},"value":{"type":"string","description":"The text (kind text), or the option chosen (kind choice).","examples":["INC-1234"]},"items":{"description":"The checklist items ticked (kind checklist): a list, or gert's map of item -> true/false (false: not ticked).","examples":[["Checked error_rate < 1%"],{"Checked error_rate < 1%":true}],"anyOf":[{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"An item ticked.","examples":["Checked error_rate < 1%"]},"description":"The items ticked.","examples":[["Checked error_rate < 1%"]]},{"type":"object","minProperties":1,"additionalProperties":{"type":"boolean","description":"Ticked or not.","examples":[true]},"description":"gert's form: item -> ticked.","examples":[{"Checked error_rate < 1%":true}]}]},"path":{"type":"string","minLength":1,"description":"File to attach (kind attachment), relative to this file's directory.","examples":["screenshots/dashboard.png"]},"role":{"type":"string","minLength":1,"description":"The approver's role (kind approval).","examples":["DRI"]}},"allOf":[{"if":{"properties":{"kind":{"const":"text"}}},"then":{"required":["value"],"properties":{"items":false,"path":false,"role":false,"value":true}}},{"if":{"properties":{"kind":{"const":"checklist"}}},"then":{"required":["items"],"properties":{"value":false,"path":false,"role":false,"items":true}}},{"if":{"properties":{"kind":{"const":"attachment"}}},"then":{"required":["path"],"properties":{"value":false,"items":false,"role":false,"path":true}}},{"if":{"properties":{"kind":{"const":"approval"}}},"then":{"properties":{"value":false,"items":false,"path":false}}},{"if":{"properties":{"kind":{"const":"choice"}}},"then":{"required":["value"],"properties":{"items":false,"path":false,"role":false,"value":true}}}]}}};
const pattern3 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_.@-]*$", "u");
const schema20 = {"type":"object","description":"One piece of evidence or one approval.","examples":[{"kind":"checklist","items":["Checked error_rate < 1%"]}],"required":["kind"],"additionalProperties":false,"properties":{"kind":{"enum":["text","checklist","attachment","choice","approval"],"description":"text: value; checklist: items ticked; attachment: path of a file; choice: value, one of the options; approval: the entry's name is the approver.","examples":["text"]},"value":{"type":"string","description":"The text (kind text), or the option chosen (kind choice).","examples":["INC-1234"]},"items":{"description":"The checklist items ticked (kind checklist): a list, or gert's map of item -> true/false (false: not ticked).","examples":[["Checked error_rate < 1%"],{"Checked error_rate < 1%":true}],"anyOf":[{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"An item ticked.","examples":["Checked error_rate < 1%"]},"description":"The items ticked.","examples":[["Checked error_rate < 1%"]]},{"type":"object","minProperties":1,"additionalProperties":{"type":"boolean","description":"Ticked or not.","examples":[true]},"description":"gert's form: item -> ticked.","examples":[{"Checked error_rate < 1%":true}]}]},"path":{"type":"string","minLength":1,"description":"File to attach (kind attachment), relative to this file's directory.","examples":["screenshots/dashboard.png"]},"role":{"type":"string","minLength":1,"description":"The approver's role (kind approval).","examples":["DRI"]}},"allOf":[{"if":{"properties":{"kind":{"const":"text"}}},"then":{"required":["value"],"properties":{"items":false,"path":false,"role":false,"value":true}}},{"if":{"properties":{"kind":{"const":"checklist"}}},"then":{"required":["items"],"properties":{"value":false,"path":false,"role":false,"items":true}}},{"if":{"properties":{"kind":{"const":"attachment"}}},"then":{"required":["path"],"properties":{"value":false,"items":false,"role":false,"path":true}}},{"if":{"properties":{"kind":{"const":"approval"}}},"then":{"properties":{"value":false,"items":false,"path":false}}},{"if":{"properties":{"kind":{"const":"choice"}}},"then":{"required":["value"],"properties":{"items":false,"path":false,"role":false,"value":true}}}]};
const func1 = ucs2length;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("text" !== data.kind){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema20.allOf[0].then.required,parentSchema:schema20.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.items !== undefined){
const err2 = {instancePath:instancePath+"/items",schemaPath:"#/allOf/0/then/properties/items/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[0].then.properties.items,data:data.items};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.path !== undefined){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/0/then/properties/path/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[0].then.properties.path,data:data.path};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.role !== undefined){
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/allOf/0/then/properties/role/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[0].then.properties.role,data:data.role};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.items = true;
props0.path = true;
props0.role = true;
props0.value = true;
props0.kind = true;
}
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[0].if,parentSchema:schema20.allOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("checklist" !== data.kind){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema20.allOf[1].then.required,parentSchema:schema20.allOf[1].then,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.value !== undefined){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/allOf/1/then/properties/value/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[1].then.properties.value,data:data.value};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path !== undefined){
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/1/then/properties/path/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[1].then.properties.path,data:data.path};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.role !== undefined){
const err10 = {instancePath:instancePath+"/role",schemaPath:"#/allOf/1/then/properties/role/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[1].then.properties.role,data:data.role};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.value = true;
props1.path = true;
props1.role = true;
props1.items = true;
props1.kind = true;
}
}
if(!valid4){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[1].if,parentSchema:schema20.allOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs12 = errors;
let valid7 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("attachment" !== data.kind){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err13 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema20.allOf[2].then.required,parentSchema:schema20.allOf[2].then,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.value !== undefined){
const err14 = {instancePath:instancePath+"/value",schemaPath:"#/allOf/2/then/properties/value/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[2].then.properties.value,data:data.value};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.items !== undefined){
const err15 = {instancePath:instancePath+"/items",schemaPath:"#/allOf/2/then/properties/items/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[2].then.properties.items,data:data.items};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.role !== undefined){
const err16 = {instancePath:instancePath+"/role",schemaPath:"#/allOf/2/then/properties/role/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[2].then.properties.role,data:data.role};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.value = true;
props2.items = true;
props2.role = true;
props2.path = true;
props2.kind = true;
}
}
if(!valid7){
const err17 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[2].if,parentSchema:schema20.allOf[2],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs17 = errors;
let valid10 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("approval" !== data.kind){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
const err19 = {instancePath:instancePath+"/value",schemaPath:"#/allOf/3/then/properties/value/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[3].then.properties.value,data:data.value};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.items !== undefined){
const err20 = {instancePath:instancePath+"/items",schemaPath:"#/allOf/3/then/properties/items/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[3].then.properties.items,data:data.items};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.path !== undefined){
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/3/then/properties/path/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[3].then.properties.path,data:data.path};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid3 = _errs20 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.value = true;
props3.items = true;
props3.path = true;
props3.kind = true;
}
}
if(!valid10){
const err22 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[3].if,parentSchema:schema20.allOf[3],data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs22 = errors;
let valid13 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("choice" !== data.kind){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err24 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema20.allOf[4].then.required,parentSchema:schema20.allOf[4].then,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.items !== undefined){
const err25 = {instancePath:instancePath+"/items",schemaPath:"#/allOf/4/then/properties/items/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[4].then.properties.items,data:data.items};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.path !== undefined){
const err26 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/4/then/properties/path/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[4].then.properties.path,data:data.path};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.role !== undefined){
const err27 = {instancePath:instancePath+"/role",schemaPath:"#/allOf/4/then/properties/role/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.allOf[4].then.properties.role,data:data.role};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid4 = _errs25 === errors;
valid13 = _valid4;
if(valid13){
var props4 = {};
props4.items = true;
props4.path = true;
props4.role = true;
props4.value = true;
props4.kind = true;
}
}
if(!valid13){
const err28 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[4].if,parentSchema:schema20.allOf[4],data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "value")) || (key0 === "items")) || (key0 === "path")) || (key0 === "role"))){
const err30 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.kind !== undefined){
let data20 = data.kind;
if(!(((((data20 === "text") || (data20 === "checklist")) || (data20 === "attachment")) || (data20 === "choice")) || (data20 === "approval"))){
const err31 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema20.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.kind.enum,parentSchema:schema20.properties.kind,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.value !== undefined){
let data21 = data.value;
if(typeof data21 !== "string"){
const err32 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.value.type,parentSchema:schema20.properties.value,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.items !== undefined){
let data22 = data.items;
const _errs31 = errors;
let valid17 = false;
const _errs32 = errors;
if(Array.isArray(data22)){
if(data22.length < 1){
const err33 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.items.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(typeof data23 === "string"){
if(func1(data23) < 1){
const err34 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/anyOf/0/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.items.anyOf[0].items,data:data23};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.items.anyOf[0].items.type,parentSchema:schema20.properties.items.anyOf[0].items,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.items.anyOf[0].type,parentSchema:schema20.properties.items.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid5 = _errs32 === errors;
valid17 = valid17 || _valid5;
const _errs36 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err37 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20.properties.items.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key1 in data22){
let data24 = data22[key1];
if(typeof data24 !== "boolean"){
const err38 = {instancePath:instancePath+"/items/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/items/anyOf/1/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.items.anyOf[1].additionalProperties.type,parentSchema:schema20.properties.items.anyOf[1].additionalProperties,data:data24};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.items.anyOf[1].type,parentSchema:schema20.properties.items.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid5 = _errs36 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const err40 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.items.anyOf,parentSchema:schema20.properties.items,data:data22};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.path !== undefined){
let data25 = data.path;
if(typeof data25 === "string"){
if(func1(data25) < 1){
const err41 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.path,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.path.type,parentSchema:schema20.properties.path,data:data25};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.role !== undefined){
let data26 = data.role;
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err43 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.role,data:data26};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.role.type,parentSchema:schema20.properties.role,data:data26};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/evidence.v0.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern3.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema19.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema19.propertyNames,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key2 in data0){
const _errs5 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.@-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.@-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.@-]*$",parentSchema:schema19.additionalProperties.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid2 = _errs5 === errors;
if(!valid2){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema19.additionalProperties.propertyNames,parentSchema:schema19.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key3 in data0){
if(!(validate53(data0[key3], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.additionalProperties.type,parentSchema:schema19.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

