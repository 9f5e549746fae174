/* Generated from schema/gert-scenario.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck
export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/gert-scenario.schema.json","title":"gert replay scenario (as read by runbook exec --mode replay)","description":"The replay scenario of the Go peer gert: recorded command results plus evidence for manual steps. Replay reads it as a cli-replay scenario whose steps are the commands, in order, each called exactly once. Unknown keys are rejected.","type":"object","additionalProperties":false,"minProperties":1,"examples":[{"commands":[{"argv":["uname","-r"],"stdout":"6.1.0\n","exit_code":0}],"evidence":{"review":{"ticket":{"kind":"text","value":"INC-1"}}}}],"properties":{"commands":{"type":"array","description":"The recorded commands, expected in this order, each exactly once.","examples":[[{"argv":["df","-h"],"stdout":"Filesystem Size\n"}]],"items":{"type":"object","additionalProperties":false,"required":["argv"],"description":"One recorded command and its result.","examples":[{"argv":["uname","-r"],"stdout":"6.1.0\n","exit_code":0}],"properties":{"argv":{"type":"array","minItems":1,"description":"The command line, compared literally element by element.","examples":[["kubectl","get","pods"]],"items":{"type":"string","description":"One argument.","examples":["get"]}},"stdout":{"type":"string","description":"Standard output returned.","examples":["web-0 Running\n"]},"stderr":{"type":"string","description":"Standard error returned.","examples":[""]},"exit_code":{"type":"integer","minimum":0,"maximum":255,"description":"Exit code returned (default 0).","examples":[0]}}}},"evidence":{"type":"object","description":"Evidence for manual steps: step id -> evidence name -> value. Used by steps with replay_mode: reuse_evidence.","examples":[{"review":{"checks":{"kind":"checklist","items":{"logs read":true}}}}],"additionalProperties":{"type":"object","description":"The evidence of one manual step, by name.","examples":[{"ticket":{"kind":"text","value":"INC-1"}}],"additionalProperties":{"$ref":"#/$defs/evidence_value"}}}},"$defs":{"evidence_value":{"type":"object","additionalProperties":false,"required":["kind"],"description":"One piece of evidence as gert records it.","examples":[{"kind":"attachment","path":"shots/dashboard.png"}],"properties":{"kind":{"enum":["text","checklist","attachment","choice"],"description":"The kind of evidence.","examples":["text"]},"value":{"type":"string","description":"text: the value.","examples":["INC-1234"]},"items":{"type":"object","description":"checklist: each item and whether it was ticked.","examples":[{"error rate below 1%":true}],"additionalProperties":{"type":"boolean","description":"Whether the item was ticked.","examples":[true]}},"path":{"type":"string","description":"attachment: the file, relative to the scenario file's directory.","examples":["shots/dashboard.png"]},"sha256":{"type":"string","description":"attachment: digest gert recorded (informative).","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"size":{"type":"integer","description":"attachment: size gert recorded (informative).","examples":[1024]}}}}};
const schema20 = {"type":"object","additionalProperties":false,"required":["kind"],"description":"One piece of evidence as gert records it.","examples":[{"kind":"attachment","path":"shots/dashboard.png"}],"properties":{"kind":{"enum":["text","checklist","attachment","choice"],"description":"The kind of evidence.","examples":["text"]},"value":{"type":"string","description":"text: the value.","examples":["INC-1234"]},"items":{"type":"object","description":"checklist: each item and whether it was ticked.","examples":[{"error rate below 1%":true}],"additionalProperties":{"type":"boolean","description":"Whether the item was ticked.","examples":[true]}},"path":{"type":"string","description":"attachment: the file, relative to the scenario file's directory.","examples":["shots/dashboard.png"]},"sha256":{"type":"string","description":"attachment: digest gert recorded (informative).","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"size":{"type":"integer","description":"attachment: size gert recorded (informative).","examples":[1024]}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "value")) || (key0 === "items")) || (key0 === "path")) || (key0 === "sha256")) || (key0 === "size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((((data0 === "text") || (data0 === "checklist")) || (data0 === "attachment")) || (data0 === "choice"))){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema20.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.kind.enum,parentSchema:schema20.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.value.type,parentSchema:schema20.properties.value,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.items !== undefined){
let data2 = data.items;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/items/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/items/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.items.additionalProperties.type,parentSchema:schema20.properties.items.additionalProperties,data:data3};
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
const err5 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.items.type,parentSchema:schema20.properties.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data4 = data.path;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.path.type,parentSchema:schema20.properties.path,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data5 = data.sha256;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.sha256.type,parentSchema:schema20.properties.sha256,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.size !== undefined){
let data6 = data.size;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.properties.size.type,parentSchema:schema20.properties.size,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/gert-scenario.schema.json" */;
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
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "commands") || (key0 === "evidence"))){
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
if(data.commands !== undefined){
let data0 = data.commands;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.argv === undefined){
const err2 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/required",keyword:"required",params:{missingProperty: "argv"},message:"must have required property '"+"argv"+"'",schema:schema19.properties.commands.items.required,parentSchema:schema19.properties.commands.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "argv") || (key1 === "stdout")) || (key1 === "stderr")) || (key1 === "exit_code"))){
const err3 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.commands.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.argv !== undefined){
let data2 = data1.argv;
if(Array.isArray(data2)){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/commands/" + i0+"/argv",schemaPath:"#/properties/commands/items/properties/argv/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.commands.items.properties.argv,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/commands/" + i0+"/argv/" + i1,schemaPath:"#/properties/commands/items/properties/argv/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.commands.items.properties.argv.items.type,parentSchema:schema19.properties.commands.items.properties.argv.items,data:data3};
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
else {
const err6 = {instancePath:instancePath+"/commands/" + i0+"/argv",schemaPath:"#/properties/commands/items/properties/argv/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.commands.items.properties.argv.type,parentSchema:schema19.properties.commands.items.properties.argv,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.stdout !== undefined){
let data4 = data1.stdout;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/commands/" + i0+"/stdout",schemaPath:"#/properties/commands/items/properties/stdout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.commands.items.properties.stdout.type,parentSchema:schema19.properties.commands.items.properties.stdout,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.stderr !== undefined){
let data5 = data1.stderr;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/commands/" + i0+"/stderr",schemaPath:"#/properties/commands/items/properties/stderr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.commands.items.properties.stderr.type,parentSchema:schema19.properties.commands.items.properties.stderr,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.exit_code !== undefined){
let data6 = data1.exit_code;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/commands/" + i0+"/exit_code",schemaPath:"#/properties/commands/items/properties/exit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.commands.items.properties.exit_code.type,parentSchema:schema19.properties.commands.items.properties.exit_code,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 255 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/commands/" + i0+"/exit_code",schemaPath:"#/properties/commands/items/properties/exit_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema19.properties.commands.items.properties.exit_code,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/commands/" + i0+"/exit_code",schemaPath:"#/properties/commands/items/properties/exit_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.commands.items.properties.exit_code,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.commands.items.type,parentSchema:schema19.properties.commands.items,data:data1};
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
else {
const err13 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.commands.type,parentSchema:schema19.properties.commands,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.evidence !== undefined){
let data7 = data.evidence;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!(validate53(data8[key3], {instancePath:instancePath+"/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/evidence/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.evidence.additionalProperties.type,parentSchema:schema19.properties.evidence.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.evidence.type,parentSchema:schema19.properties.evidence,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

