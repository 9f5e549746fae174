/* Generated from schema/cli-replay-scenario.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck
import { ucs2length } from '../../runbook/schema-runtime.js'
export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/cli-replay-scenario.schema.json","title":"cli-replay scenario (as read by runbook exec --mode replay)","description":"A cli-replay scenario.yaml: the expected cli calls of a run, in order, and the canned response to each. Describes what cli-replay's own loader accepts (strict YAML decoding: unknown keys are rejected). Scalars written where a string is expected (argv: [sleep, 5]) are read as their source text, as cli-replay's YAML decoder does; null means absent. Checks that JSON Schema cannot state (calls.min <= calls.max, capture names versus meta.vars, forward capture references, response files) are applied by the loader with located messages.","type":"object","additionalProperties":false,"required":["meta","steps"],"examples":[{"meta":{"name":"kubectl-simple"},"steps":[{"match":{"argv":["kubectl","get","pods"]},"respond":{"exit":0,"stdout":"web-0   1/1   Running\n"}}]}],"properties":{"meta":{"$ref":"#/$defs/meta"},"steps":{"type":"array","minItems":1,"description":"The expected calls, matched in strict order: each element is a leaf step (match + respond) or an unordered group.","examples":[[{"match":{"argv":["git","status"]},"respond":{"stdout":"On branch main\n"}}]],"items":{"$ref":"#/$defs/step_element"}}},"$defs":{"duration":{"type":"string","pattern":"^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$","description":"A Go duration as time.ParseDuration reads it: 100ms, 2.5s, 1h30m, 0.","examples":["250ms"]},"meta":{"type":"object","additionalProperties":false,"required":["name"],"description":"Scenario metadata: its name, template variables, security constraints and session settings.","examples":[{"name":"deploy-with-preflight","vars":{"namespace":"default"}}],"properties":{"name":{"type":"string","minLength":1,"pattern":"\\S","description":"Scenario name; must hold a non-blank character. Reports name the scenario by it.","examples":["kubectl-simple"]},"description":{"type":"string","description":"What the scenario covers, for people.","examples":["Restart a crash-looping pod"]},"vars":{"type":"object","description":"Template variables for responses ({{ .name }} in stdout and stderr) and for match.argv elements. An environment variable of the same name overrides a value unless deny_env_vars matches it.","examples":[{"namespace":"production"}],"additionalProperties":{"type":"string","description":"The variable's value.","examples":["production"]}},"security":{"$ref":"#/$defs/security"},"session":{"type":"object","additionalProperties":false,"description":"Session lifecycle settings of cli-replay's shell-interception mode. Read and checked, otherwise unused in-process.","examples":[{"ttl":"10m"}],"properties":{"ttl":{"$ref":"#/$defs/duration","description":"Age after which cli-replay cleans stale sessions; must be positive.","examples":["10m"]}}}}},"security":{"type":"object","additionalProperties":false,"description":"Constraints on the commands a replay may answer. Intersected with the runbook's governance.","examples":[{"allowed_commands":["kubectl","az"],"deny_env_vars":["AWS_*"]}],"properties":{"allowed_commands":{"type":"array","description":"Commands (argv[0], by name) the scenario may answer. When both the scenario and the runbook list commands, a command must be in both lists.","examples":[["kubectl","az"]],"items":{"type":"string","description":"A command name.","examples":["kubectl"]}},"deny_env_vars":{"type":"array","description":"Glob patterns (path.Match: * ? [...]) of environment variables that must not override meta.vars. Added to the runbook's deny_env_vars.","examples":[["AWS_*","SECRET_*"]],"items":{"type":"string","minLength":1,"description":"A glob pattern over variable names.","examples":["AWS_*"]}}}},"step_element":{"description":"One element of steps: a group when it has the key 'group', otherwise a leaf step.","examples":[{"match":{"argv":["docker","info"]},"respond":{"exit":0}}],"if":{"type":"object","required":["group"],"properties":{"group":true}},"then":{"$ref":"#/$defs/group_wrapper"},"else":{"$ref":"#/$defs/step"}},"step":{"type":"object","additionalProperties":false,"required":["match"],"description":"A leaf step: the call it expects (match), the answer (respond) and how often it may be called (calls).","examples":[{"match":{"argv":["kubectl","rollout","status","deployment/web"]},"calls":{"min":1,"max":3},"respond":{"exit":0,"stdout":"successfully rolled out\n"}}],"properties":{"match":{"$ref":"#/$defs/match"},"respond":{"$ref":"#/$defs/respond"},"calls":{"$ref":"#/$defs/calls"},"when":{"type":"string","description":"A condition. cli-replay reads it but never evaluates it; replay does the same and warns that it is ignored.","examples":["{{ .capture.ready }}"]}}},"match":{"type":"object","additionalProperties":false,"required":["argv"],"description":"What the call must look like.","examples":[{"argv":["kubectl","apply","-f","-"],"stdin":"kind: Pod\n"}],"properties":{"argv":{"type":"array","minItems":1,"description":"The expected argv, element by element. An element may be exactly {{ .any }} (any value) or {{ .regex \"RE2\" }} (unanchored search); other elements match literally, or after rendering {{ .name }} and {{ .capture.name }} templates.","examples":[["az","webapp","show","--name","{{ .regex \"^[a-z][a-z0-9-]+$\" }}","--resource-group","{{ .any }}"]],"items":{"type":"string","description":"One expected argument.","examples":["get"]}},"stdin":{"type":"string","description":"Expected standard input; compared after turning CRLF into LF and removing trailing newlines on both sides. Empty or absent: stdin is not checked.","examples":["hello world\n"]}}},"respond":{"type":"object","additionalProperties":false,"description":"The answer to a matched call. stdout and stderr are templates over meta.vars ({{ .name }}) and earlier captures ({{ .capture.name }}). Absent: exit 0 with no output.","examples":[{"exit":1,"stderr":"Error from server (NotFound)\n"}],"properties":{"exit":{"type":"integer","minimum":0,"maximum":255,"description":"Exit code of the call (0-255; default 0).","examples":[0]},"stdout":{"type":"string","description":"Standard output (a template). Not together with a non-empty stdout_file.","examples":["deployment.apps/web restarted\n"]},"stderr":{"type":"string","description":"Standard error (a template). Not together with a non-empty stderr_file.","examples":["warning: deprecated flag\n"]},"stdout_file":{"type":"string","description":"File holding the standard output (a template), relative to the scenario file's directory.","examples":["fixtures/pods_output.txt"]},"stderr_file":{"type":"string","description":"File holding the standard error (a template), relative to the scenario file's directory.","examples":["fixtures/error.txt"]},"delay":{"$ref":"#/$defs/duration","description":"Wait this long before answering (replay caps it at 5s; --no-delay skips it).","examples":["100ms"]},"capture":{"type":"object","description":"Values this step adds to the capture namespace once matched, for {{ .capture.name }} in later responses. Literal strings, not templates. Names must not be meta.vars keys.","examples":[{"rg_id":"/subscriptions/abc/resourceGroups/demo-rg"}],"propertyNames":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"},"additionalProperties":{"type":"string","description":"The captured value.","examples":["vm-1"]}}},"allOf":[{"if":{"required":["stdout","stdout_file"],"properties":{"stdout":{"type":"string","minLength":1},"stdout_file":{"type":"string","minLength":1}}},"then":{"properties":{"stdout_file":false}}},{"if":{"required":["stderr","stderr_file"],"properties":{"stderr":{"type":"string","minLength":1},"stderr_file":{"type":"string","minLength":1}}},"then":{"properties":{"stderr_file":false}}}]},"calls":{"type":"object","additionalProperties":false,"description":"How often the step may be called. Absent: exactly once. Present: min defaults to 0, and a max of 0 (or absent) becomes min when min > 0. Then min <= max and max >= 1 must hold.","examples":[{"min":1,"max":5}],"properties":{"min":{"type":"integer","minimum":0,"description":"Fewest calls; 0 makes the step optional. Once reached, a non-matching call moves on to the next step (soft advance).","examples":[1]},"max":{"type":"integer","minimum":0,"description":"Most calls; once reached the scenario moves on. 0 or absent means min (when min > 0).","examples":[3]}}},"group_wrapper":{"type":"object","additionalProperties":false,"required":["group"],"description":"A steps element holding an unordered group (and nothing else).","examples":[{"group":{"mode":"unordered","name":"pre-flight","steps":[{"match":{"argv":["docker","info"]}}]}}],"properties":{"group":{"$ref":"#/$defs/group"}}},"group":{"type":"object","additionalProperties":false,"required":["mode","steps"],"description":"Steps that may be called in any order. The scenario moves past the group (its barrier) only once every step in it has reached its calls.min.","examples":[{"mode":"unordered","steps":[{"match":{"argv":["az","account","show"]}}]}],"properties":{"mode":{"enum":["unordered"],"description":"Matching mode; only unordered exists.","examples":["unordered"]},"name":{"type":"string","description":"Name shown in reports; empty or absent: group-N (N counts groups from 1).","examples":["pre-flight"]},"steps":{"type":"array","minItems":1,"description":"The group's leaf steps; groups do not nest.","examples":[[{"match":{"argv":["kubectl","cluster-info"]}}]],"items":{"$ref":"#/$defs/group_child"}}}},"group_child":{"description":"A leaf step inside a group; a nested group is refused.","examples":[{"match":{"argv":["docker","info"]}}],"if":{"type":"object","required":["group"],"properties":{"group":true}},"then":false,"else":{"$ref":"#/$defs/step"}}}};
const schema20 = {"type":"object","additionalProperties":false,"required":["name"],"description":"Scenario metadata: its name, template variables, security constraints and session settings.","examples":[{"name":"deploy-with-preflight","vars":{"namespace":"default"}}],"properties":{"name":{"type":"string","minLength":1,"pattern":"\\S","description":"Scenario name; must hold a non-blank character. Reports name the scenario by it.","examples":["kubectl-simple"]},"description":{"type":"string","description":"What the scenario covers, for people.","examples":["Restart a crash-looping pod"]},"vars":{"type":"object","description":"Template variables for responses ({{ .name }} in stdout and stderr) and for match.argv elements. An environment variable of the same name overrides a value unless deny_env_vars matches it.","examples":[{"namespace":"production"}],"additionalProperties":{"type":"string","description":"The variable's value.","examples":["production"]}},"security":{"$ref":"#/$defs/security"},"session":{"type":"object","additionalProperties":false,"description":"Session lifecycle settings of cli-replay's shell-interception mode. Read and checked, otherwise unused in-process.","examples":[{"ttl":"10m"}],"properties":{"ttl":{"$ref":"#/$defs/duration","description":"Age after which cli-replay cleans stale sessions; must be positive.","examples":["10m"]}}}}};
const func1 = ucs2length;
const pattern3 = new RegExp("\\S", "u");
const schema21 = {"type":"object","additionalProperties":false,"description":"Constraints on the commands a replay may answer. Intersected with the runbook's governance.","examples":[{"allowed_commands":["kubectl","az"],"deny_env_vars":["AWS_*"]}],"properties":{"allowed_commands":{"type":"array","description":"Commands (argv[0], by name) the scenario may answer. When both the scenario and the runbook list commands, a command must be in both lists.","examples":[["kubectl","az"]],"items":{"type":"string","description":"A command name.","examples":["kubectl"]}},"deny_env_vars":{"type":"array","description":"Glob patterns (path.Match: * ? [...]) of environment variables that must not override meta.vars. Added to the runbook's deny_env_vars.","examples":[["AWS_*","SECRET_*"]],"items":{"type":"string","minLength":1,"description":"A glob pattern over variable names.","examples":["AWS_*"]}}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "allowed_commands") || (key0 === "deny_env_vars"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allowed_commands !== undefined){
let data0 = data.allowed_commands;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/allowed_commands/" + i0,schemaPath:"#/properties/allowed_commands/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.allowed_commands.items.type,parentSchema:schema21.properties.allowed_commands.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/allowed_commands",schemaPath:"#/properties/allowed_commands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.allowed_commands.type,parentSchema:schema21.properties.allowed_commands,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.deny_env_vars !== undefined){
let data2 = data.deny_env_vars;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err3 = {instancePath:instancePath+"/deny_env_vars/" + i1,schemaPath:"#/properties/deny_env_vars/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.deny_env_vars.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/deny_env_vars/" + i1,schemaPath:"#/properties/deny_env_vars/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.deny_env_vars.items.type,parentSchema:schema21.properties.deny_env_vars.items,data:data3};
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
const err5 = {instancePath:instancePath+"/deny_env_vars",schemaPath:"#/properties/deny_env_vars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.deny_env_vars.type,parentSchema:schema21.properties.deny_env_vars,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"string","pattern":"^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$","description":"A Go duration as time.ParseDuration reads it: 100ms, 2.5s, 1h30m, 0.","examples":["250ms"]};
const pattern4 = new RegExp("^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};


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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "description")) || (key0 === "vars")) || (key0 === "security")) || (key0 === "session"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.name.type,parentSchema:schema20.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.description.type,parentSchema:schema20.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.vars !== undefined){
let data2 = data.vars;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.vars.additionalProperties.type,parentSchema:schema20.properties.vars.additionalProperties,data:data3};
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
else {
const err7 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.vars.type,parentSchema:schema20.properties.vars,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.security !== undefined){
if(!(validate54(data.security, {instancePath:instancePath+"/security",parentData:data,parentDataProperty:"security",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.session !== undefined){
let data5 = data.session;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(key2 === "ttl")){
const err8 = {instancePath:instancePath+"/session",schemaPath:"#/properties/session/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.session,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.ttl !== undefined){
if(!(validate56(data5.ttl, {instancePath:instancePath+"/session/ttl",parentData:data5,parentDataProperty:"ttl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/session",schemaPath:"#/properties/session/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.session.type,parentSchema:schema20.properties.session,data:data5};
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
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema23 = {"description":"One element of steps: a group when it has the key 'group', otherwise a leaf step.","examples":[{"match":{"argv":["docker","info"]},"respond":{"exit":0}}],"if":{"type":"object","required":["group"],"properties":{"group":true}},"then":{"$ref":"#/$defs/group_wrapper"},"else":{"$ref":"#/$defs/step"}};
const schema24 = {"type":"object","additionalProperties":false,"required":["group"],"description":"A steps element holding an unordered group (and nothing else).","examples":[{"group":{"mode":"unordered","name":"pre-flight","steps":[{"match":{"argv":["docker","info"]}}]}}],"properties":{"group":{"$ref":"#/$defs/group"}}};
const schema25 = {"type":"object","additionalProperties":false,"required":["mode","steps"],"description":"Steps that may be called in any order. The scenario moves past the group (its barrier) only once every step in it has reached its calls.min.","examples":[{"mode":"unordered","steps":[{"match":{"argv":["az","account","show"]}}]}],"properties":{"mode":{"enum":["unordered"],"description":"Matching mode; only unordered exists.","examples":["unordered"]},"name":{"type":"string","description":"Name shown in reports; empty or absent: group-N (N counts groups from 1).","examples":["pre-flight"]},"steps":{"type":"array","minItems":1,"description":"The group's leaf steps; groups do not nest.","examples":[[{"match":{"argv":["kubectl","cluster-info"]}}]],"items":{"$ref":"#/$defs/group_child"}}}};
const schema26 = {"description":"A leaf step inside a group; a nested group is refused.","examples":[{"match":{"argv":["docker","info"]}}],"if":{"type":"object","required":["group"],"properties":{"group":true}},"then":false,"else":{"$ref":"#/$defs/step"}};
const schema27 = {"type":"object","additionalProperties":false,"required":["match"],"description":"A leaf step: the call it expects (match), the answer (respond) and how often it may be called (calls).","examples":[{"match":{"argv":["kubectl","rollout","status","deployment/web"]},"calls":{"min":1,"max":3},"respond":{"exit":0,"stdout":"successfully rolled out\n"}}],"properties":{"match":{"$ref":"#/$defs/match"},"respond":{"$ref":"#/$defs/respond"},"calls":{"$ref":"#/$defs/calls"},"when":{"type":"string","description":"A condition. cli-replay reads it but never evaluates it; replay does the same and warns that it is ignored.","examples":["{{ .capture.ready }}"]}}};
const schema28 = {"type":"object","additionalProperties":false,"required":["argv"],"description":"What the call must look like.","examples":[{"argv":["kubectl","apply","-f","-"],"stdin":"kind: Pod\n"}],"properties":{"argv":{"type":"array","minItems":1,"description":"The expected argv, element by element. An element may be exactly {{ .any }} (any value) or {{ .regex \"RE2\" }} (unanchored search); other elements match literally, or after rendering {{ .name }} and {{ .capture.name }} templates.","examples":[["az","webapp","show","--name","{{ .regex \"^[a-z][a-z0-9-]+$\" }}","--resource-group","{{ .any }}"]],"items":{"type":"string","description":"One expected argument.","examples":["get"]}},"stdin":{"type":"string","description":"Expected standard input; compared after turning CRLF into LF and removing trailing newlines on both sides. Empty or absent: stdin is not checked.","examples":["hello world\n"]}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.argv === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "argv"},message:"must have required property '"+"argv"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "argv") || (key0 === "stdin"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.argv !== undefined){
let data0 = data.argv;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.argv,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/argv/" + i0,schemaPath:"#/properties/argv/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.argv.items.type,parentSchema:schema28.properties.argv.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.argv.type,parentSchema:schema28.properties.argv,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.stdin !== undefined){
let data2 = data.stdin;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.stdin.type,parentSchema:schema28.properties.stdin,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema29 = {"type":"object","additionalProperties":false,"description":"The answer to a matched call. stdout and stderr are templates over meta.vars ({{ .name }}) and earlier captures ({{ .capture.name }}). Absent: exit 0 with no output.","examples":[{"exit":1,"stderr":"Error from server (NotFound)\n"}],"properties":{"exit":{"type":"integer","minimum":0,"maximum":255,"description":"Exit code of the call (0-255; default 0).","examples":[0]},"stdout":{"type":"string","description":"Standard output (a template). Not together with a non-empty stdout_file.","examples":["deployment.apps/web restarted\n"]},"stderr":{"type":"string","description":"Standard error (a template). Not together with a non-empty stderr_file.","examples":["warning: deprecated flag\n"]},"stdout_file":{"type":"string","description":"File holding the standard output (a template), relative to the scenario file's directory.","examples":["fixtures/pods_output.txt"]},"stderr_file":{"type":"string","description":"File holding the standard error (a template), relative to the scenario file's directory.","examples":["fixtures/error.txt"]},"delay":{"$ref":"#/$defs/duration","description":"Wait this long before answering (replay caps it at 5s; --no-delay skips it).","examples":["100ms"]},"capture":{"type":"object","description":"Values this step adds to the capture namespace once matched, for {{ .capture.name }} in later responses. Literal strings, not templates. Names must not be meta.vars keys.","examples":[{"rg_id":"/subscriptions/abc/resourceGroups/demo-rg"}],"propertyNames":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"},"additionalProperties":{"type":"string","description":"The captured value.","examples":["vm-1"]}}},"allOf":[{"if":{"required":["stdout","stdout_file"],"properties":{"stdout":{"type":"string","minLength":1},"stdout_file":{"type":"string","minLength":1}}},"then":{"properties":{"stdout_file":false}}},{"if":{"required":["stderr","stderr_file"],"properties":{"stderr":{"type":"string","minLength":1},"stderr_file":{"type":"string","minLength":1}}},"then":{"properties":{"stderr_file":false}}}]};
const pattern5 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
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
let missing0;
if(((data.stdout === undefined) && (missing0 = "stdout")) || ((data.stdout_file === undefined) && (missing0 = "stdout_file"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.stdout !== undefined){
let data0 = data.stdout;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.stdout_file !== undefined){
let data1 = data.stdout_file;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
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
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stdout_file !== undefined){
const err5 = {instancePath:instancePath+"/stdout_file",schemaPath:"#/allOf/0/then/properties/stdout_file/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[0].then.properties.stdout_file,data:data.stdout_file};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.stdout_file = true;
props0.stdout = true;
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.allOf[0].if,parentSchema:schema29.allOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.stderr === undefined) && (missing1 = "stderr")) || ((data.stderr_file === undefined) && (missing1 = "stderr_file"))){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.stderr !== undefined){
let data3 = data.stderr;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid5 = _errs12 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.stderr_file !== undefined){
let data4 = data.stderr_file;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid5 = _errs14 === errors;
}
else {
var valid5 = true;
}
}
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stderr_file !== undefined){
const err12 = {instancePath:instancePath+"/stderr_file",schemaPath:"#/allOf/1/then/properties/stderr_file/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[1].then.properties.stderr_file,data:data.stderr_file};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.stderr_file = true;
props1.stderr = true;
}
}
if(!valid4){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.allOf[1].if,parentSchema:schema29.allOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "exit") || (key0 === "stdout")) || (key0 === "stderr")) || (key0 === "stdout_file")) || (key0 === "stderr_file")) || (key0 === "delay")) || (key0 === "capture"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.exit !== undefined){
let data6 = data.exit;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.exit.type,parentSchema:schema29.properties.exit,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 255 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema29.properties.exit,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.exit,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.stdout !== undefined){
let data7 = data.stdout;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/stdout",schemaPath:"#/properties/stdout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.stdout.type,parentSchema:schema29.properties.stdout,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.stderr !== undefined){
let data8 = data.stderr;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/stderr",schemaPath:"#/properties/stderr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.stderr.type,parentSchema:schema29.properties.stderr,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.stdout_file !== undefined){
let data9 = data.stdout_file;
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/stdout_file",schemaPath:"#/properties/stdout_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.stdout_file.type,parentSchema:schema29.properties.stdout_file,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.stderr_file !== undefined){
let data10 = data.stderr_file;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/stderr_file",schemaPath:"#/properties/stderr_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.stderr_file.type,parentSchema:schema29.properties.stderr_file,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.delay !== undefined){
if(!(validate56(data.delay, {instancePath:instancePath+"/delay",parentData:data,parentDataProperty:"delay",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.capture !== undefined){
let data12 = data.capture;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
const _errs31 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err22 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$"+"\"",schema:"^[a-zA-Z_][a-zA-Z0-9_]*$",parentSchema:schema29.properties.capture.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var valid8 = _errs31 === errors;
if(!valid8){
const err23 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema29.properties.capture.propertyNames,parentSchema:schema29.properties.capture,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key2 in data12){
let data13 = data12[key2];
if(typeof data13 !== "string"){
const err24 = {instancePath:instancePath+"/capture/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capture/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.capture.additionalProperties.type,parentSchema:schema29.properties.capture.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.capture.type,parentSchema:schema29.properties.capture,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema30 = {"type":"object","additionalProperties":false,"description":"How often the step may be called. Absent: exactly once. Present: min defaults to 0, and a max of 0 (or absent) becomes min when min > 0. Then min <= max and max >= 1 must hold.","examples":[{"min":1,"max":5}],"properties":{"min":{"type":"integer","minimum":0,"description":"Fewest calls; 0 makes the step optional. Once reached, a non-matching call moves on to the next step (soft advance).","examples":[1]},"max":{"type":"integer","minimum":0,"description":"Most calls; once reached the scenario moves on. 0 or absent means min (when min > 0).","examples":[3]}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "min") || (key0 === "max"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.min.type,parentSchema:schema30.properties.min,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.min,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.max !== undefined){
let data1 = data.max;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.max.type,parentSchema:schema30.properties.max,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.max,data:data1};
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
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.match === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "match") || (key0 === "respond")) || (key0 === "calls")) || (key0 === "when"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.match !== undefined){
if(!(validate64(data.match, {instancePath:instancePath+"/match",parentData:data,parentDataProperty:"match",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.respond !== undefined){
if(!(validate66(data.respond, {instancePath:instancePath+"/respond",parentData:data,parentDataProperty:"respond",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.calls !== undefined){
if(!(validate69(data.calls, {instancePath:instancePath+"/calls",parentData:data,parentDataProperty:"calls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.when !== undefined){
let data3 = data.when;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.when.type,parentSchema:schema27.properties.when,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.group === undefined) && (missing0 = "group")){
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
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
var _valid0 = false;
const err2 = {instancePath,schemaPath:"#/then/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema26.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs3 = errors;
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema26.if,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate62.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "mode") || (key0 === "name")) || (key0 === "steps"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(!(data0 === "unordered")){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema25.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.mode.enum,parentSchema:schema25.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.steps !== undefined){
let data2 = data.steps;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.steps,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate62(data2[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.steps.type,parentSchema:schema25.properties.steps,data:data2};
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
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.group === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "group")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate61(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.group === undefined) && (missing0 = "group")){
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
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema23.if,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate59.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/cli-replay-scenario.schema.json" */;
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
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "meta") || (key0 === "steps"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.meta !== undefined){
if(!(validate53(data.meta, {instancePath:instancePath+"/meta",parentData:data,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.steps !== undefined){
let data1 = data.steps;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.steps,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data1[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.steps.type,parentSchema:schema19.properties.steps,data:data1};
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

