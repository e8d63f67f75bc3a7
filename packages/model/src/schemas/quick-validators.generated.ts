// @ts-nocheck
// Generated from src/schemas by `pnpm --filter @rolekit/model schemas` (ajv standalone code). Do not edit.
// biome-ignore-all lint: generated code
// biome-ignore-all format: generated code
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const organisation = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/organisation.schema.json","title":"rolekit organisation","description":"organisation.yaml: the organisation, its role families, its RACI variant and its GitHub organisation.","type":"object","additionalProperties":false,"required":["name","date"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The organisation’s name, as printed on every artifact."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"A paragraph about the organisation, for job postings."},"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The date of this version of the model; printed on PDFs instead of the clock."},"website":{"type":"string","pattern":"^https?://","description":"The organisation’s website: a web address starting with http:// or https://."},"families":{"type":"array","description":"Role families (departments). Roles name one in `family`.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The family’s id, which roles name in `family`: lowercase letters, digits and hyphens."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The family’s name, e.g. Engineering."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"What the family is for."}}}},"raci":{"type":"object","additionalProperties":false,"description":"How RACI charts are drawn.","properties":{"variant":{"enum":["RACI","RASCI","RACI-VS"],"default":"RACI","description":"RACI (R, A, C, I); RASCI adds S for Support; RACI-VS adds V for Verifier and S for Signatory."}}},"github":{"type":"object","additionalProperties":false,"required":["org"],"description":"The GitHub organisation; needed by codeowners.yaml and by onboarding issues.","properties":{"org":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"The GitHub organisation’s login, e.g. example-org (without the @)."}}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern5 = new RegExp("^https?://", "u");
const pattern6 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/organisation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.date === undefined) && (missing0 = "date"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "description")) || (key0 === "date")) || (key0 === "website")) || (key0 === "families")) || (key0 === "raci")) || (key0 === "github"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 20000){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 20000){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate20.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.website !== undefined){
let data3 = data.website;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate20.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.families !== undefined){
let data4 = data.families;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.id === undefined) && (missing1 = "id")) || ((data5.title === undefined) && (missing1 = "title"))){
validate20.errors = [{instancePath:instancePath+"/families/" + i0,schemaPath:"#/properties/families/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!(((key1 === "id") || (key1 === "title")) || (key1 === "description"))){
validate20.errors = [{instancePath:instancePath+"/families/" + i0,schemaPath:"#/properties/families/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.id !== undefined){
let data6 = data5.id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func1(data6) > 64){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/id",schemaPath:"#/properties/families/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data6)){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/id",schemaPath:"#/properties/families/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/id",schemaPath:"#/properties/families/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.title !== undefined){
let data7 = data5.title;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func1(data7) > 20000){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/title",schemaPath:"#/properties/families/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data7) < 1){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/title",schemaPath:"#/properties/families/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/title",schemaPath:"#/properties/families/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.description !== undefined){
let data8 = data5.description;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func1(data8) > 20000){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/description",schemaPath:"#/properties/families/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data8) < 1){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/description",schemaPath:"#/properties/families/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/description",schemaPath:"#/properties/families/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/families/" + i0,schemaPath:"#/properties/families/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/families",schemaPath:"#/properties/families/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.raci !== undefined){
let data9 = data.raci;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs23 = errors;
for(const key2 in data9){
if(!(key2 === "variant")){
validate20.errors = [{instancePath:instancePath+"/raci",schemaPath:"#/properties/raci/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data9.variant !== undefined){
let data10 = data9.variant;
if(!(((data10 === "RACI") || (data10 === "RASCI")) || (data10 === "RACI-VS"))){
validate20.errors = [{instancePath:instancePath+"/raci/variant",schemaPath:"#/properties/raci/properties/variant/enum",keyword:"enum",params:{allowedValues: schema31.properties.raci.properties.variant.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/raci",schemaPath:"#/properties/raci/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.github !== undefined){
let data11 = data.github;
const _errs25 = errors;
if(errors === _errs25){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((data11.org === undefined) && (missing2 = "org")){
validate20.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key3 in data11){
if(!(key3 === "org")){
validate20.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data11.org !== undefined){
let data12 = data11.org;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data12 === "string"){
if(!pattern7.test(data12)){
validate20.errors = [{instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const role = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/role.schema.json","title":"rolekit role","description":"roles/<id>.yaml: one role, everything the organisation says about it.","type":"object","additionalProperties":false,"required":["id","title","family","summary"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"Stable id; must match the file name."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The role’s name, as job descriptions print it."},"family":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a family from organisation.yaml."},"seniority":{"description":"The role’s level, for job postings and sorting.","enum":["associate","engineer","senior","lead","principal","manager","head","chief","executive"]},"aliases":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Other names this role goes by in the sources or the organisation."},"summary":{"type":"string","minLength":1,"maxLength":20000,"description":"One or two sentences: what the role is for. Shown in indexes and postings."},"mission":{"type":"string","minLength":1,"maxLength":20000,"description":"Why the role exists, in a sentence or a short paragraph."},"reportsTo":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the role this one reports to."},"partners":{"type":"array","description":"Key partners: the roles this one works with, and what for.","items":{"type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the partner role."},"for":{"type":"string","minLength":1,"maxLength":20000,"description":"What the two roles work together on."}}}},"responsibilities":{"type":"array","description":"What the role owns: plain items, or items grouped under a heading.","items":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":20000},"else":{"type":"object","additionalProperties":false,"required":["group","items"],"properties":{"group":{"type":"string","minLength":1,"maxLength":20000,"description":"The heading of a group of responsibilities."},"items":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"minItems":1,"description":"The responsibilities under that heading."}}}}},"decisionRights":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Decisions the role makes on its own."},"accountabilities":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Outcomes the role answers for."},"deliverables":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"What the role produces."},"kpis":{"type":"array","description":"How the role’s success is measured: a name, or a name with a target.","items":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":20000},"else":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"What is measured."},"target":{"type":"string","minLength":1,"maxLength":20000,"description":"The value aimed for, e.g. under 2%."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"How it is measured, and why."}}}}},"processes":{"type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":20000},"else":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The name, as people say it."},"url":{"type":"string","pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"Anything a reader should know about it."}}}},"description":"Processes and SOPs the role drives."},"standards":{"type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":20000},"else":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The name, as people say it."},"url":{"type":"string","pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"Anything a reader should know about it."}}}},"description":"Standards the role follows and upholds."},"templates":{"type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":20000},"else":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The name, as people say it."},"url":{"type":"string","pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"Anything a reader should know about it."}}}},"description":"Templates the role uses or maintains."},"antiGoals":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"What the role is not for; anti-patterns to avoid."},"qualifications":{"type":"object","additionalProperties":false,"description":"What a person needs to hold the role.","properties":{"required":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Qualifications a candidate must have."},"preferred":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Qualifications that help."}}},"employment":{"type":"object","additionalProperties":false,"description":"What a job posting needs beyond the role itself.","properties":{"type":{"enum":["FULL_TIME","PART_TIME","CONTRACTOR","TEMPORARY","INTERN"],"description":"The kind of employment (schema.org employmentType)."},"location":{"type":"string","minLength":1,"maxLength":20000,"description":"Where the job is, e.g. Berlin, Germany."},"remote":{"type":"boolean","description":"Whether the job can be done remotely."}}},"github":{"type":"object","additionalProperties":false,"required":["team"],"description":"The GitHub team that stands for this role, for CODEOWNERS and onboarding access.","properties":{"team":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The slug of the GitHub team that stands for this role: lowercase letters, digits and single hyphens, as GitHub makes it from the team name."},"parent":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The slug of the parent team; `rolekit github teams --create-teams` creates the team under it."},"maintainers":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\"."},"uniqueItems":true,"description":"Roles whose holders maintain this role's team (e.g. the role's lead); team sync makes them maintainers."}}},"jira":{"type":"object","additionalProperties":false,"description":"Who holds this role in Jira: a project role or a group (one of the two).","properties":{"projectRole":{"type":"string","minLength":1,"maxLength":20000,"description":"The name of a Jira project role, e.g. QA Engineers."},"group":{"type":"string","minLength":1,"maxLength":20000,"description":"The name of a Jira group, e.g. jira-qa."}},"minProperties":1,"maxProperties":1},"onboarding":{"type":"object","additionalProperties":false,"description":"What a new holder of this role does first, beyond what every new hire does.","properties":{"tasks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","phase"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id for the task, so that a ticked box survives a change of title."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"What to do, as the checklist says it."},"phase":{"enum":["before-day-1","day-1","week-1","day-30","day-60","day-90"],"description":"When an onboarding task is due, counted from the start date."},"owner":{"type":"string","pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).","default":"new-hire"},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"More about the task: why, how, with whom."},"links":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The text of the link."},"url":{"type":"string","pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://."}}},"description":"Pages that help with the task."}}},"description":"Onboarding tasks for this role."}}},"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","minLength":1,"maxLength":20000,"description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"type":"string","minLength":1,"maxLength":20000,"description":"The section or page of that document."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"What was taken from it, merged or changed."}}},"description":"Where this role comes from; say so when roles were merged."},"links":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The text of the link."},"url":{"type":"string","pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://."}}},"description":"Pages about the role."}}};
const func10 = Object.prototype.hasOwnProperty;
const pattern19 = new RegExp("^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/role.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.family === undefined) && (missing0 = "family"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func10.call(schema32.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 64){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data0)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data1 = data.title;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 20000){
validate21.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate21.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.family !== undefined){
let data2 = data.family;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate21.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data2)){
validate21.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seniority !== undefined){
let data3 = data.seniority;
const _errs8 = errors;
if(!(((((((((data3 === "associate") || (data3 === "engineer")) || (data3 === "senior")) || (data3 === "lead")) || (data3 === "principal")) || (data3 === "manager")) || (data3 === "head")) || (data3 === "chief")) || (data3 === "executive"))){
validate21.errors = [{instancePath:instancePath+"/seniority",schemaPath:"#/properties/seniority/enum",keyword:"enum",params:{allowedValues: schema32.properties.seniority.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
let data4 = data.aliases;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(func1(data5) > 20000){
validate21.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate21.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data6 = data.summary;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data6) < 1){
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mission !== undefined){
let data7 = data.mission;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data7 === "string"){
if(func1(data7) > 20000){
validate21.errors = [{instancePath:instancePath+"/mission",schemaPath:"#/properties/mission/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data7) < 1){
validate21.errors = [{instancePath:instancePath+"/mission",schemaPath:"#/properties/mission/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/mission",schemaPath:"#/properties/mission/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reportsTo !== undefined){
let data8 = data.reportsTo;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data8 === "string"){
if(func1(data8) > 64){
validate21.errors = [{instancePath:instancePath+"/reportsTo",schemaPath:"#/properties/reportsTo/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data8)){
validate21.errors = [{instancePath:instancePath+"/reportsTo",schemaPath:"#/properties/reportsTo/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/reportsTo",schemaPath:"#/properties/reportsTo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.partners !== undefined){
let data9 = data.partners;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid2 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if((data10.role === undefined) && (missing1 = "role")){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1,schemaPath:"#/properties/partners/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key1 in data10){
if(!((key1 === "role") || (key1 === "for"))){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1,schemaPath:"#/properties/partners/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data10.role !== undefined){
let data11 = data10.role;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data11 === "string"){
if(func1(data11) > 64){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/role",schemaPath:"#/properties/partners/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data11)){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/role",schemaPath:"#/properties/partners/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/role",schemaPath:"#/properties/partners/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.for !== undefined){
let data12 = data10.for;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data12 === "string"){
if(func1(data12) > 20000){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/for",schemaPath:"#/properties/partners/items/properties/for/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data12) < 1){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/for",schemaPath:"#/properties/partners/items/properties/for/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/for",schemaPath:"#/properties/partners/items/properties/for/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/partners/" + i1,schemaPath:"#/properties/partners/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs21 === errors;
if(!valid2){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/partners",schemaPath:"#/properties/partners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responsibilities !== undefined){
let data13 = data.responsibilities;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data13)){
var valid4 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
const _errs30 = errors;
if((typeof data14 !== "string") && (!(data14 && typeof data14 == "object" && !Array.isArray(data14)))){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/type",keyword:"type",params:{type: schema32.properties.responsibilities.items.type},message:"must be string,object"}];
return false;
}
const _errs32 = errors;
let valid5 = true;
const _errs33 = errors;
if(typeof data14 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs35 = errors;
if(errors === _errs35){
if(typeof data14 === "string"){
if(func1(data14) > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data14) < 1){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs35 === errors;
valid5 = _valid0;
ifClause0 = "then";
}
else {
const _errs37 = errors;
if(errors === _errs37){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.group === undefined) && (missing2 = "group")) || ((data14.items === undefined) && (missing2 = "items"))){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/else/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data14){
if(!((key2 === "group") || (key2 === "items"))){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data14.group !== undefined){
let data15 = data14.group;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data15 === "string"){
if(func1(data15) > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/group",schemaPath:"#/properties/responsibilities/items/else/properties/group/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data15) < 1){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/group",schemaPath:"#/properties/responsibilities/items/else/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/group",schemaPath:"#/properties/responsibilities/items/else/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data14.items !== undefined){
let data16 = data14.items;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data16)){
if(data16.length < 1){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items",schemaPath:"#/properties/responsibilities/items/else/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid7 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
const _errs44 = errors;
if(errors === _errs44){
if(typeof data17 === "string"){
if(func1(data17) > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items/" + i3,schemaPath:"#/properties/responsibilities/items/else/properties/items/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data17) < 1){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items/" + i3,schemaPath:"#/properties/responsibilities/items/else/properties/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items/" + i3,schemaPath:"#/properties/responsibilities/items/else/properties/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs44 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items",schemaPath:"#/properties/responsibilities/items/else/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs37 === errors;
valid5 = _valid0;
ifClause0 = "else";
}
if(!valid5){
const err1 = {instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid4 = _errs30 === errors;
if(!valid4){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/responsibilities",schemaPath:"#/properties/responsibilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.decisionRights !== undefined){
let data18 = data.decisionRights;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data18)){
var valid8 = true;
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
const _errs48 = errors;
if(errors === _errs48){
if(typeof data19 === "string"){
if(func1(data19) > 20000){
validate21.errors = [{instancePath:instancePath+"/decisionRights/" + i4,schemaPath:"#/properties/decisionRights/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data19) < 1){
validate21.errors = [{instancePath:instancePath+"/decisionRights/" + i4,schemaPath:"#/properties/decisionRights/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/decisionRights/" + i4,schemaPath:"#/properties/decisionRights/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs48 === errors;
if(!valid8){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/decisionRights",schemaPath:"#/properties/decisionRights/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountabilities !== undefined){
let data20 = data.accountabilities;
const _errs50 = errors;
if(errors === _errs50){
if(Array.isArray(data20)){
var valid9 = true;
const len5 = data20.length;
for(let i5=0; i5<len5; i5++){
let data21 = data20[i5];
const _errs52 = errors;
if(errors === _errs52){
if(typeof data21 === "string"){
if(func1(data21) > 20000){
validate21.errors = [{instancePath:instancePath+"/accountabilities/" + i5,schemaPath:"#/properties/accountabilities/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data21) < 1){
validate21.errors = [{instancePath:instancePath+"/accountabilities/" + i5,schemaPath:"#/properties/accountabilities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/accountabilities/" + i5,schemaPath:"#/properties/accountabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs52 === errors;
if(!valid9){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/accountabilities",schemaPath:"#/properties/accountabilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliverables !== undefined){
let data22 = data.deliverables;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data22)){
var valid10 = true;
const len6 = data22.length;
for(let i6=0; i6<len6; i6++){
let data23 = data22[i6];
const _errs56 = errors;
if(errors === _errs56){
if(typeof data23 === "string"){
if(func1(data23) > 20000){
validate21.errors = [{instancePath:instancePath+"/deliverables/" + i6,schemaPath:"#/properties/deliverables/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data23) < 1){
validate21.errors = [{instancePath:instancePath+"/deliverables/" + i6,schemaPath:"#/properties/deliverables/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/deliverables/" + i6,schemaPath:"#/properties/deliverables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs56 === errors;
if(!valid10){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/deliverables",schemaPath:"#/properties/deliverables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kpis !== undefined){
let data24 = data.kpis;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data24)){
var valid11 = true;
const len7 = data24.length;
for(let i7=0; i7<len7; i7++){
let data25 = data24[i7];
const _errs60 = errors;
if((typeof data25 !== "string") && (!(data25 && typeof data25 == "object" && !Array.isArray(data25)))){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/type",keyword:"type",params:{type: schema32.properties.kpis.items.type},message:"must be string,object"}];
return false;
}
const _errs62 = errors;
let valid12 = true;
const _errs63 = errors;
if(typeof data25 !== "string"){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs65 = errors;
if(errors === _errs65){
if(typeof data25 === "string"){
if(func1(data25) > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data25) < 1){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid1 = _errs65 === errors;
valid12 = _valid1;
ifClause1 = "then";
}
else {
const _errs67 = errors;
if(errors === _errs67){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing3;
if((data25.name === undefined) && (missing3 = "name")){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/else/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs69 = errors;
for(const key3 in data25){
if(!(((key3 === "name") || (key3 === "target")) || (key3 === "description"))){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs69 === errors){
if(data25.name !== undefined){
let data26 = data25.name;
const _errs70 = errors;
if(errors === _errs70){
if(typeof data26 === "string"){
if(func1(data26) > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/name",schemaPath:"#/properties/kpis/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data26) < 1){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/name",schemaPath:"#/properties/kpis/items/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/name",schemaPath:"#/properties/kpis/items/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs70 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data25.target !== undefined){
let data27 = data25.target;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data27 === "string"){
if(func1(data27) > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/target",schemaPath:"#/properties/kpis/items/else/properties/target/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data27) < 1){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/target",schemaPath:"#/properties/kpis/items/else/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/target",schemaPath:"#/properties/kpis/items/else/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs72 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data25.description !== undefined){
let data28 = data25.description;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data28 === "string"){
if(func1(data28) > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/description",schemaPath:"#/properties/kpis/items/else/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data28) < 1){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/description",schemaPath:"#/properties/kpis/items/else/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/description",schemaPath:"#/properties/kpis/items/else/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs74 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs67 === errors;
valid12 = _valid1;
ifClause1 = "else";
}
if(!valid12){
const err3 = {instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid11 = _errs60 === errors;
if(!valid11){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kpis",schemaPath:"#/properties/kpis/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processes !== undefined){
let data29 = data.processes;
const _errs76 = errors;
if(errors === _errs76){
if(Array.isArray(data29)){
var valid14 = true;
const len8 = data29.length;
for(let i8=0; i8<len8; i8++){
let data30 = data29[i8];
const _errs78 = errors;
if((typeof data30 !== "string") && (!(data30 && typeof data30 == "object" && !Array.isArray(data30)))){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/type",keyword:"type",params:{type: schema32.properties.processes.items.type},message:"must be string,object"}];
return false;
}
const _errs80 = errors;
let valid15 = true;
const _errs81 = errors;
if(typeof data30 !== "string"){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs81 === errors;
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs83 = errors;
if(errors === _errs83){
if(typeof data30 === "string"){
if(func1(data30) > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data30) < 1){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid2 = _errs83 === errors;
valid15 = _valid2;
ifClause2 = "then";
}
else {
const _errs85 = errors;
if(errors === _errs85){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing4;
if((data30.name === undefined) && (missing4 = "name")){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/else/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs87 = errors;
for(const key4 in data30){
if(!(((key4 === "name") || (key4 === "url")) || (key4 === "note"))){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs87 === errors){
if(data30.name !== undefined){
let data31 = data30.name;
const _errs88 = errors;
if(errors === _errs88){
if(typeof data31 === "string"){
if(func1(data31) > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/name",schemaPath:"#/properties/processes/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data31) < 1){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/name",schemaPath:"#/properties/processes/items/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/name",schemaPath:"#/properties/processes/items/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs88 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data30.url !== undefined){
let data32 = data30.url;
const _errs90 = errors;
if(errors === _errs90){
if(typeof data32 === "string"){
if(!pattern5.test(data32)){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/url",schemaPath:"#/properties/processes/items/else/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/url",schemaPath:"#/properties/processes/items/else/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs90 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data30.note !== undefined){
let data33 = data30.note;
const _errs92 = errors;
if(errors === _errs92){
if(typeof data33 === "string"){
if(func1(data33) > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/note",schemaPath:"#/properties/processes/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data33) < 1){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/note",schemaPath:"#/properties/processes/items/else/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/note",schemaPath:"#/properties/processes/items/else/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs92 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs85 === errors;
valid15 = _valid2;
ifClause2 = "else";
}
if(!valid15){
const err5 = {instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid14 = _errs78 === errors;
if(!valid14){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs76 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.standards !== undefined){
let data34 = data.standards;
const _errs94 = errors;
if(errors === _errs94){
if(Array.isArray(data34)){
var valid17 = true;
const len9 = data34.length;
for(let i9=0; i9<len9; i9++){
let data35 = data34[i9];
const _errs96 = errors;
if((typeof data35 !== "string") && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/type",keyword:"type",params:{type: schema32.properties.standards.items.type},message:"must be string,object"}];
return false;
}
const _errs98 = errors;
let valid18 = true;
const _errs99 = errors;
if(typeof data35 !== "string"){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid3 = _errs99 === errors;
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs101 = errors;
if(errors === _errs101){
if(typeof data35 === "string"){
if(func1(data35) > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data35) < 1){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid3 = _errs101 === errors;
valid18 = _valid3;
ifClause3 = "then";
}
else {
const _errs103 = errors;
if(errors === _errs103){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing5;
if((data35.name === undefined) && (missing5 = "name")){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/else/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs105 = errors;
for(const key5 in data35){
if(!(((key5 === "name") || (key5 === "url")) || (key5 === "note"))){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs105 === errors){
if(data35.name !== undefined){
let data36 = data35.name;
const _errs106 = errors;
if(errors === _errs106){
if(typeof data36 === "string"){
if(func1(data36) > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/name",schemaPath:"#/properties/standards/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data36) < 1){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/name",schemaPath:"#/properties/standards/items/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/name",schemaPath:"#/properties/standards/items/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs106 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data35.url !== undefined){
let data37 = data35.url;
const _errs108 = errors;
if(errors === _errs108){
if(typeof data37 === "string"){
if(!pattern5.test(data37)){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/url",schemaPath:"#/properties/standards/items/else/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/url",schemaPath:"#/properties/standards/items/else/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs108 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data35.note !== undefined){
let data38 = data35.note;
const _errs110 = errors;
if(errors === _errs110){
if(typeof data38 === "string"){
if(func1(data38) > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/note",schemaPath:"#/properties/standards/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data38) < 1){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/note",schemaPath:"#/properties/standards/items/else/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/note",schemaPath:"#/properties/standards/items/else/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs110 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs103 === errors;
valid18 = _valid3;
ifClause3 = "else";
}
if(!valid18){
const err7 = {instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid17 = _errs96 === errors;
if(!valid17){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs94 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.templates !== undefined){
let data39 = data.templates;
const _errs112 = errors;
if(errors === _errs112){
if(Array.isArray(data39)){
var valid20 = true;
const len10 = data39.length;
for(let i10=0; i10<len10; i10++){
let data40 = data39[i10];
const _errs114 = errors;
if((typeof data40 !== "string") && (!(data40 && typeof data40 == "object" && !Array.isArray(data40)))){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/type",keyword:"type",params:{type: schema32.properties.templates.items.type},message:"must be string,object"}];
return false;
}
const _errs116 = errors;
let valid21 = true;
const _errs117 = errors;
if(typeof data40 !== "string"){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid4 = _errs117 === errors;
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs119 = errors;
if(errors === _errs119){
if(typeof data40 === "string"){
if(func1(data40) > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data40) < 1){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid4 = _errs119 === errors;
valid21 = _valid4;
ifClause4 = "then";
}
else {
const _errs121 = errors;
if(errors === _errs121){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing6;
if((data40.name === undefined) && (missing6 = "name")){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/else/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs123 = errors;
for(const key6 in data40){
if(!(((key6 === "name") || (key6 === "url")) || (key6 === "note"))){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs123 === errors){
if(data40.name !== undefined){
let data41 = data40.name;
const _errs124 = errors;
if(errors === _errs124){
if(typeof data41 === "string"){
if(func1(data41) > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/name",schemaPath:"#/properties/templates/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data41) < 1){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/name",schemaPath:"#/properties/templates/items/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/name",schemaPath:"#/properties/templates/items/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs124 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.url !== undefined){
let data42 = data40.url;
const _errs126 = errors;
if(errors === _errs126){
if(typeof data42 === "string"){
if(!pattern5.test(data42)){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/url",schemaPath:"#/properties/templates/items/else/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/url",schemaPath:"#/properties/templates/items/else/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs126 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.note !== undefined){
let data43 = data40.note;
const _errs128 = errors;
if(errors === _errs128){
if(typeof data43 === "string"){
if(func1(data43) > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/note",schemaPath:"#/properties/templates/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data43) < 1){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/note",schemaPath:"#/properties/templates/items/else/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/note",schemaPath:"#/properties/templates/items/else/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs128 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs121 === errors;
valid21 = _valid4;
ifClause4 = "else";
}
if(!valid21){
const err9 = {instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid20 = _errs114 === errors;
if(!valid20){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs112 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.antiGoals !== undefined){
let data44 = data.antiGoals;
const _errs130 = errors;
if(errors === _errs130){
if(Array.isArray(data44)){
var valid23 = true;
const len11 = data44.length;
for(let i11=0; i11<len11; i11++){
let data45 = data44[i11];
const _errs132 = errors;
if(errors === _errs132){
if(typeof data45 === "string"){
if(func1(data45) > 20000){
validate21.errors = [{instancePath:instancePath+"/antiGoals/" + i11,schemaPath:"#/properties/antiGoals/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data45) < 1){
validate21.errors = [{instancePath:instancePath+"/antiGoals/" + i11,schemaPath:"#/properties/antiGoals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/antiGoals/" + i11,schemaPath:"#/properties/antiGoals/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs132 === errors;
if(!valid23){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/antiGoals",schemaPath:"#/properties/antiGoals/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs130 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.qualifications !== undefined){
let data46 = data.qualifications;
const _errs134 = errors;
if(errors === _errs134){
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
const _errs136 = errors;
for(const key7 in data46){
if(!((key7 === "required") || (key7 === "preferred"))){
validate21.errors = [{instancePath:instancePath+"/qualifications",schemaPath:"#/properties/qualifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs136 === errors){
if(data46.required !== undefined){
let data47 = data46.required;
const _errs137 = errors;
if(errors === _errs137){
if(Array.isArray(data47)){
var valid25 = true;
const len12 = data47.length;
for(let i12=0; i12<len12; i12++){
let data48 = data47[i12];
const _errs139 = errors;
if(errors === _errs139){
if(typeof data48 === "string"){
if(func1(data48) > 20000){
validate21.errors = [{instancePath:instancePath+"/qualifications/required/" + i12,schemaPath:"#/properties/qualifications/properties/required/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data48) < 1){
validate21.errors = [{instancePath:instancePath+"/qualifications/required/" + i12,schemaPath:"#/properties/qualifications/properties/required/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/qualifications/required/" + i12,schemaPath:"#/properties/qualifications/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid25 = _errs139 === errors;
if(!valid25){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/qualifications/required",schemaPath:"#/properties/qualifications/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid24 = _errs137 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data46.preferred !== undefined){
let data49 = data46.preferred;
const _errs141 = errors;
if(errors === _errs141){
if(Array.isArray(data49)){
var valid26 = true;
const len13 = data49.length;
for(let i13=0; i13<len13; i13++){
let data50 = data49[i13];
const _errs143 = errors;
if(errors === _errs143){
if(typeof data50 === "string"){
if(func1(data50) > 20000){
validate21.errors = [{instancePath:instancePath+"/qualifications/preferred/" + i13,schemaPath:"#/properties/qualifications/properties/preferred/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data50) < 1){
validate21.errors = [{instancePath:instancePath+"/qualifications/preferred/" + i13,schemaPath:"#/properties/qualifications/properties/preferred/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/qualifications/preferred/" + i13,schemaPath:"#/properties/qualifications/properties/preferred/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs143 === errors;
if(!valid26){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/qualifications/preferred",schemaPath:"#/properties/qualifications/properties/preferred/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid24 = _errs141 === errors;
}
else {
var valid24 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/qualifications",schemaPath:"#/properties/qualifications/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs134 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employment !== undefined){
let data51 = data.employment;
const _errs145 = errors;
if(errors === _errs145){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
const _errs147 = errors;
for(const key8 in data51){
if(!(((key8 === "type") || (key8 === "location")) || (key8 === "remote"))){
validate21.errors = [{instancePath:instancePath+"/employment",schemaPath:"#/properties/employment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs147 === errors){
if(data51.type !== undefined){
let data52 = data51.type;
const _errs148 = errors;
if(!(((((data52 === "FULL_TIME") || (data52 === "PART_TIME")) || (data52 === "CONTRACTOR")) || (data52 === "TEMPORARY")) || (data52 === "INTERN"))){
validate21.errors = [{instancePath:instancePath+"/employment/type",schemaPath:"#/properties/employment/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.employment.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid27 = _errs148 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.location !== undefined){
let data53 = data51.location;
const _errs149 = errors;
if(errors === _errs149){
if(typeof data53 === "string"){
if(func1(data53) > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data53) < 1){
validate21.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs149 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.remote !== undefined){
const _errs151 = errors;
if(typeof data51.remote !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/employment/remote",schemaPath:"#/properties/employment/properties/remote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid27 = _errs151 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment",schemaPath:"#/properties/employment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs145 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.github !== undefined){
let data55 = data.github;
const _errs153 = errors;
if(errors === _errs153){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing7;
if((data55.team === undefined) && (missing7 = "team")){
validate21.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs155 = errors;
for(const key9 in data55){
if(!(((key9 === "team") || (key9 === "parent")) || (key9 === "maintainers"))){
validate21.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs155 === errors){
if(data55.team !== undefined){
let data56 = data55.team;
const _errs156 = errors;
if(errors === _errs156){
if(typeof data56 === "string"){
if(func1(data56) > 64){
validate21.errors = [{instancePath:instancePath+"/github/team",schemaPath:"#/properties/github/properties/team/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data56)){
validate21.errors = [{instancePath:instancePath+"/github/team",schemaPath:"#/properties/github/properties/team/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/team",schemaPath:"#/properties/github/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs156 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data55.parent !== undefined){
let data57 = data55.parent;
const _errs158 = errors;
if(errors === _errs158){
if(typeof data57 === "string"){
if(func1(data57) > 64){
validate21.errors = [{instancePath:instancePath+"/github/parent",schemaPath:"#/properties/github/properties/parent/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data57)){
validate21.errors = [{instancePath:instancePath+"/github/parent",schemaPath:"#/properties/github/properties/parent/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/parent",schemaPath:"#/properties/github/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs158 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data55.maintainers !== undefined){
let data58 = data55.maintainers;
const _errs160 = errors;
if(errors === _errs160){
if(Array.isArray(data58)){
var valid29 = true;
const len14 = data58.length;
for(let i14=0; i14<len14; i14++){
let data59 = data58[i14];
const _errs162 = errors;
if(errors === _errs162){
if(typeof data59 === "string"){
if(func1(data59) > 64){
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i14,schemaPath:"#/properties/github/properties/maintainers/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data59)){
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i14,schemaPath:"#/properties/github/properties/maintainers/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i14,schemaPath:"#/properties/github/properties/maintainers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid29 = _errs162 === errors;
if(!valid29){
break;
}
}
if(valid29){
let i15 = data58.length;
let j0;
if(i15 > 1){
const indices0 = {};
for(;i15--;){
let item0 = data58[i15];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate21.errors = [{instancePath:instancePath+"/github/maintainers",schemaPath:"#/properties/github/properties/maintainers/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i15+" are identical)"}];
return false;
break;
}
indices0[item0] = i15;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/maintainers",schemaPath:"#/properties/github/properties/maintainers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid28 = _errs160 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs153 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jira !== undefined){
let data60 = data.jira;
const _errs164 = errors;
if(errors === _errs164){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(Object.keys(data60).length > 1){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data60).length < 1){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs166 = errors;
for(const key10 in data60){
if(!((key10 === "projectRole") || (key10 === "group"))){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs166 === errors){
if(data60.projectRole !== undefined){
let data61 = data60.projectRole;
const _errs167 = errors;
if(errors === _errs167){
if(typeof data61 === "string"){
if(func1(data61) > 20000){
validate21.errors = [{instancePath:instancePath+"/jira/projectRole",schemaPath:"#/properties/jira/properties/projectRole/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data61) < 1){
validate21.errors = [{instancePath:instancePath+"/jira/projectRole",schemaPath:"#/properties/jira/properties/projectRole/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/jira/projectRole",schemaPath:"#/properties/jira/properties/projectRole/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs167 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data60.group !== undefined){
let data62 = data60.group;
const _errs169 = errors;
if(errors === _errs169){
if(typeof data62 === "string"){
if(func1(data62) > 20000){
validate21.errors = [{instancePath:instancePath+"/jira/group",schemaPath:"#/properties/jira/properties/group/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data62) < 1){
validate21.errors = [{instancePath:instancePath+"/jira/group",schemaPath:"#/properties/jira/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/jira/group",schemaPath:"#/properties/jira/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs169 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs164 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onboarding !== undefined){
let data63 = data.onboarding;
const _errs171 = errors;
if(errors === _errs171){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
const _errs173 = errors;
for(const key11 in data63){
if(!(key11 === "tasks")){
validate21.errors = [{instancePath:instancePath+"/onboarding",schemaPath:"#/properties/onboarding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs173 === errors){
if(data63.tasks !== undefined){
let data64 = data63.tasks;
const _errs174 = errors;
if(errors === _errs174){
if(Array.isArray(data64)){
var valid33 = true;
const len15 = data64.length;
for(let i16=0; i16<len15; i16++){
let data65 = data64[i16];
const _errs176 = errors;
if(errors === _errs176){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing8;
if(((data65.title === undefined) && (missing8 = "title")) || ((data65.phase === undefined) && (missing8 = "phase"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16,schemaPath:"#/properties/onboarding/properties/tasks/items/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs178 = errors;
for(const key12 in data65){
if(!((((((key12 === "id") || (key12 === "title")) || (key12 === "phase")) || (key12 === "owner")) || (key12 === "description")) || (key12 === "links"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16,schemaPath:"#/properties/onboarding/properties/tasks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs178 === errors){
if(data65.id !== undefined){
let data66 = data65.id;
const _errs179 = errors;
if(errors === _errs179){
if(typeof data66 === "string"){
if(func1(data66) > 64){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data66)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs179 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data65.title !== undefined){
let data67 = data65.title;
const _errs181 = errors;
if(errors === _errs181){
if(typeof data67 === "string"){
if(func1(data67) > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data67) < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs181 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data65.phase !== undefined){
let data68 = data65.phase;
const _errs183 = errors;
if(!((((((data68 === "before-day-1") || (data68 === "day-1")) || (data68 === "week-1")) || (data68 === "day-30")) || (data68 === "day-60")) || (data68 === "day-90"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/phase",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/phase/enum",keyword:"enum",params:{allowedValues: schema32.properties.onboarding.properties.tasks.items.properties.phase.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid34 = _errs183 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data65.owner !== undefined){
let data69 = data65.owner;
const _errs184 = errors;
if(errors === _errs184){
if(typeof data69 === "string"){
if(!pattern19.test(data69)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/owner",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/owner/pattern",keyword:"pattern",params:{pattern: "^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/owner",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs184 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data65.description !== undefined){
let data70 = data65.description;
const _errs186 = errors;
if(errors === _errs186){
if(typeof data70 === "string"){
if(func1(data70) > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data70) < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs186 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data65.links !== undefined){
let data71 = data65.links;
const _errs188 = errors;
if(errors === _errs188){
if(Array.isArray(data71)){
var valid35 = true;
const len16 = data71.length;
for(let i17=0; i17<len16; i17++){
let data72 = data71[i17];
const _errs190 = errors;
if(errors === _errs190){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
let missing9;
if(((data72.title === undefined) && (missing9 = "title")) || ((data72.url === undefined) && (missing9 = "url"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs192 = errors;
for(const key13 in data72){
if(!((key13 === "title") || (key13 === "url"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs192 === errors){
if(data72.title !== undefined){
let data73 = data72.title;
const _errs193 = errors;
if(errors === _errs193){
if(typeof data73 === "string"){
if(func1(data73) > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data73) < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid36 = _errs193 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data72.url !== undefined){
let data74 = data72.url;
const _errs195 = errors;
if(errors === _errs195){
if(typeof data74 === "string"){
if(!pattern5.test(data74)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17+"/url",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17+"/url",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid36 = _errs195 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid35 = _errs190 === errors;
if(!valid35){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16+"/links",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid34 = _errs188 === errors;
}
else {
var valid34 = true;
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i16,schemaPath:"#/properties/onboarding/properties/tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid33 = _errs176 === errors;
if(!valid33){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks",schemaPath:"#/properties/onboarding/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding",schemaPath:"#/properties/onboarding/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs171 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sources !== undefined){
let data75 = data.sources;
const _errs197 = errors;
if(errors === _errs197){
if(Array.isArray(data75)){
var valid37 = true;
const len17 = data75.length;
for(let i18=0; i18<len17; i18++){
let data76 = data75[i18];
const _errs199 = errors;
if(errors === _errs199){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
let missing10;
if((data76.document === undefined) && (missing10 = "document")){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs201 = errors;
for(const key14 in data76){
if(!(((key14 === "document") || (key14 === "section")) || (key14 === "note"))){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs201 === errors){
if(data76.document !== undefined){
let data77 = data76.document;
const _errs202 = errors;
if(errors === _errs202){
if(typeof data77 === "string"){
if(func1(data77) > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/document",schemaPath:"#/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data77) < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/document",schemaPath:"#/properties/sources/items/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/document",schemaPath:"#/properties/sources/items/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs202 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data76.section !== undefined){
let data78 = data76.section;
const _errs204 = errors;
if(errors === _errs204){
if(typeof data78 === "string"){
if(func1(data78) > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/section",schemaPath:"#/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data78) < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/section",schemaPath:"#/properties/sources/items/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/section",schemaPath:"#/properties/sources/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs204 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data76.note !== undefined){
let data79 = data76.note;
const _errs206 = errors;
if(errors === _errs206){
if(typeof data79 === "string"){
if(func1(data79) > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/note",schemaPath:"#/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data79) < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/note",schemaPath:"#/properties/sources/items/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i18+"/note",schemaPath:"#/properties/sources/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs206 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i18,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid37 = _errs199 === errors;
if(!valid37){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs197 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.links !== undefined){
let data80 = data.links;
const _errs208 = errors;
if(errors === _errs208){
if(Array.isArray(data80)){
var valid39 = true;
const len18 = data80.length;
for(let i19=0; i19<len18; i19++){
let data81 = data80[i19];
const _errs210 = errors;
if(errors === _errs210){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing11;
if(((data81.title === undefined) && (missing11 = "title")) || ((data81.url === undefined) && (missing11 = "url"))){
validate21.errors = [{instancePath:instancePath+"/links/" + i19,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs212 = errors;
for(const key15 in data81){
if(!((key15 === "title") || (key15 === "url"))){
validate21.errors = [{instancePath:instancePath+"/links/" + i19,schemaPath:"#/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs212 === errors){
if(data81.title !== undefined){
let data82 = data81.title;
const _errs213 = errors;
if(errors === _errs213){
if(typeof data82 === "string"){
if(func1(data82) > 20000){
validate21.errors = [{instancePath:instancePath+"/links/" + i19+"/title",schemaPath:"#/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data82) < 1){
validate21.errors = [{instancePath:instancePath+"/links/" + i19+"/title",schemaPath:"#/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i19+"/title",schemaPath:"#/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs213 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data81.url !== undefined){
let data83 = data81.url;
const _errs215 = errors;
if(errors === _errs215){
if(typeof data83 === "string"){
if(!pattern5.test(data83)){
validate21.errors = [{instancePath:instancePath+"/links/" + i19+"/url",schemaPath:"#/properties/links/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i19+"/url",schemaPath:"#/properties/links/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs215 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i19,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid39 = _errs210 === errors;
if(!valid39){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs208 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const people = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/people.schema.json","title":"rolekit people","description":"people.yaml: the current owners of the roles, kept apart from the roles themselves.","type":"object","additionalProperties":false,"required":["people"],"properties":{"people":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The person’s id, which manager, buddy and onboarding name: lowercase letters, digits and hyphens."},"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The person’s name."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$","maxLength":254,"description":"An email address, e.g. ana@example.com."},"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"The person’s GitHub login, without the @."},"jiraAccountId":{"type":"string","pattern":"^[A-Za-z0-9:_-]{1,128}$","description":"The person’s Jira Cloud account id: letters, digits, colons, hyphens and underscores."},"roles":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/)."},"minItems":1,"description":"The roles this person holds."},"manager":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of this person’s manager."},"buddy":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of this person’s onboarding buddy."},"startDate":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"First working day, for new hires: onboarding dates count from it."}}},"description":"Everyone who holds a role."}}};
const pattern23 = new RegExp("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "u");
const pattern25 = new RegExp("^[A-Za-z0-9:_-]{1,128}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/people.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.people === undefined) && (missing0 = "people")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "people")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.people !== undefined){
let data0 = data.people;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((data1.id === undefined) && (missing1 = "id")) || ((data1.name === undefined) && (missing1 = "name"))) || ((data1.roles === undefined) && (missing1 = "roles"))){
validate22.errors = [{instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(func10.call(schema33.properties.people.items.properties, key1))){
validate22.errors = [{instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.id !== undefined){
let data2 = data1.id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/id",schemaPath:"#/properties/people/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data2)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/id",schemaPath:"#/properties/people/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/id",schemaPath:"#/properties/people/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.name !== undefined){
let data3 = data1.name;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) > 20000){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.email !== undefined){
let data4 = data1.email;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func1(data4) > 254){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/email",schemaPath:"#/properties/people/items/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"}];
return false;
}
else {
if(!pattern23.test(data4)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/email",schemaPath:"#/properties/people/items/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/email",schemaPath:"#/properties/people/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.github !== undefined){
let data5 = data1.github;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/github",schemaPath:"#/properties/people/items/properties/github/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/github",schemaPath:"#/properties/people/items/properties/github/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.jiraAccountId !== undefined){
let data6 = data1.jiraAccountId;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern25.test(data6)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/jiraAccountId",schemaPath:"#/properties/people/items/properties/jiraAccountId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9:_-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9:_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/jiraAccountId",schemaPath:"#/properties/people/items/properties/jiraAccountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.roles !== undefined){
let data7 = data1.roles;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
if(data7.length < 1){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/roles",schemaPath:"#/properties/people/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func1(data8) > 64){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/roles/" + i1,schemaPath:"#/properties/people/items/properties/roles/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data8)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/roles/" + i1,schemaPath:"#/properties/people/items/properties/roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/roles/" + i1,schemaPath:"#/properties/people/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/roles",schemaPath:"#/properties/people/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.manager !== undefined){
let data9 = data1.manager;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(func1(data9) > 64){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/manager",schemaPath:"#/properties/people/items/properties/manager/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data9)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/manager",schemaPath:"#/properties/people/items/properties/manager/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/manager",schemaPath:"#/properties/people/items/properties/manager/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.buddy !== undefined){
let data10 = data1.buddy;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data10 === "string"){
if(func1(data10) > 64){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/buddy",schemaPath:"#/properties/people/items/properties/buddy/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data10)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/buddy",schemaPath:"#/properties/people/items/properties/buddy/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/buddy",schemaPath:"#/properties/people/items/properties/buddy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.startDate !== undefined){
let data11 = data1.startDate;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/startDate",schemaPath:"#/properties/people/items/properties/startDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/startDate",schemaPath:"#/properties/people/items/properties/startDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const activities = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/activities.schema.json","title":"rolekit activities","description":"activities.yaml: processes, phases and scenarios, each activity with a RACI assignment per role.","type":"object","additionalProperties":false,"required":["groups"],"properties":{"groups":{"type":"array","description":"Activities in groups: a process, a phase of one, or a scenario.","items":{"type":"object","additionalProperties":false,"required":["id","title","activities"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The group’s id: lowercase letters, digits and hyphens."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The group’s name, as the RACI matrix prints it."},"kind":{"enum":["process","phase","scenario"],"description":"What the group is: a process, a phase of one, or a scenario."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"What the group covers."},"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","minLength":1,"maxLength":20000,"description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"type":"string","minLength":1,"maxLength":20000,"description":"The section or page of that document."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"What was taken from it, merged or changed."}}},"description":"Where the group comes from."},"activities":{"type":"array","description":"The activities of the group, in order.","items":{"type":"object","additionalProperties":false,"required":["id","title","raci"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The activity’s id, unique across all groups; policies and `rolekit raci explain` name it."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The activity’s name, as the RACI matrix prints it."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"What the activity is."},"raci":{"type":"object","description":"role id: letter (or { letter, note }).","propertyNames":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\"."},"additionalProperties":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."},"else":{"type":"object","additionalProperties":false,"required":["letter"],"properties":{"letter":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"Why this role holds this letter, or what exactly it does."}}}}},"others":{"type":"object","description":"Parties that are not roles, by letter, e.g. { I: [Relevant stakeholders] }.","propertyNames":{"enum":["R","A","C","I","S","V"]},"additionalProperties":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000}}}}}}}}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/activities.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.groups === undefined) && (missing0 = "groups")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "groups")){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groups !== undefined){
let data0 = data.groups;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((data1.id === undefined) && (missing1 = "id")) || ((data1.title === undefined) && (missing1 = "title"))) || ((data1.activities === undefined) && (missing1 = "activities"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((((((key1 === "id") || (key1 === "title")) || (key1 === "kind")) || (key1 === "description")) || (key1 === "sources")) || (key1 === "activities"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.id !== undefined){
let data2 = data1.id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/properties/groups/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data2)){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/properties/groups/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/properties/groups/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.title !== undefined){
let data3 = data1.title;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/properties/groups/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/properties/groups/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/properties/groups/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.kind !== undefined){
let data4 = data1.kind;
const _errs11 = errors;
if(!(((data4 === "process") || (data4 === "phase")) || (data4 === "scenario"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/kind",schemaPath:"#/properties/groups/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.properties.groups.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.description !== undefined){
let data5 = data1.description;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func1(data5) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/properties/groups/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/properties/groups/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/properties/groups/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.sources !== undefined){
let data6 = data1.sources;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.document === undefined) && (missing2 = "document")){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1,schemaPath:"#/properties/groups/items/properties/sources/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs18 = errors;
for(const key2 in data7){
if(!(((key2 === "document") || (key2 === "section")) || (key2 === "note"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1,schemaPath:"#/properties/groups/items/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data7.document !== undefined){
let data8 = data7.document;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func1(data8) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/groups/items/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data8) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/groups/items/properties/sources/items/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/groups/items/properties/sources/items/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.section !== undefined){
let data9 = data7.section;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(func1(data9) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/groups/items/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data9) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/groups/items/properties/sources/items/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/groups/items/properties/sources/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.note !== undefined){
let data10 = data7.note;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data10 === "string"){
if(func1(data10) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/groups/items/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data10) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/groups/items/properties/sources/items/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/groups/items/properties/sources/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1,schemaPath:"#/properties/groups/items/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources",schemaPath:"#/properties/groups/items/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.activities !== undefined){
let data11 = data1.activities;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data11)){
var valid5 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs27 = errors;
if(errors === _errs27){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((((data12.id === undefined) && (missing3 = "id")) || ((data12.title === undefined) && (missing3 = "title"))) || ((data12.raci === undefined) && (missing3 = "raci"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2,schemaPath:"#/properties/groups/items/properties/activities/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key3 in data12){
if(!(((((key3 === "id") || (key3 === "title")) || (key3 === "description")) || (key3 === "raci")) || (key3 === "others"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2,schemaPath:"#/properties/groups/items/properties/activities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data12.id !== undefined){
let data13 = data12.id;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data13 === "string"){
if(func1(data13) > 64){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/id",schemaPath:"#/properties/groups/items/properties/activities/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data13)){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/id",schemaPath:"#/properties/groups/items/properties/activities/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/id",schemaPath:"#/properties/groups/items/properties/activities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.title !== undefined){
let data14 = data12.title;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data14 === "string"){
if(func1(data14) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/title",schemaPath:"#/properties/groups/items/properties/activities/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data14) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/title",schemaPath:"#/properties/groups/items/properties/activities/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/title",schemaPath:"#/properties/groups/items/properties/activities/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.description !== undefined){
let data15 = data12.description;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data15 === "string"){
if(func1(data15) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/description",schemaPath:"#/properties/groups/items/properties/activities/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data15) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/description",schemaPath:"#/properties/groups/items/properties/activities/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/description",schemaPath:"#/properties/groups/items/properties/activities/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.raci !== undefined){
let data16 = data12.raci;
const _errs36 = errors;
if(errors === _errs36){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
const _errs38 = errors;
if(errors === _errs38){
if(typeof key4 === "string"){
if(func1(key4) > 64){
const err0 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key4};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!pattern6.test(key4)){
const err1 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",propertyName:key4};
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
const err2 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid7 = _errs38 === errors;
if(!valid7){
const err3 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate23.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key5 in data16){
let data17 = data16[key5];
const _errs41 = errors;
if((typeof data17 !== "string") && (!(data17 && typeof data17 == "object" && !Array.isArray(data17)))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/type",keyword:"type",params:{type: schema34.properties.groups.items.properties.activities.items.properties.raci.additionalProperties.type},message:"must be string,object"}];
return false;
}
const _errs43 = errors;
let valid9 = true;
const _errs44 = errors;
if(typeof data17 !== "string"){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs46 = errors;
if(typeof data17 !== "string"){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data17 === "R") || (data17 === "A")) || (data17 === "C")) || (data17 === "I")) || (data17 === "S")) || (data17 === "V"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/then/enum",keyword:"enum",params:{allowedValues: schema34.properties.groups.items.properties.activities.items.properties.raci.additionalProperties.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid0 = _errs46 === errors;
valid9 = _valid0;
ifClause0 = "then";
}
else {
const _errs48 = errors;
if(errors === _errs48){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing4;
if((data17.letter === undefined) && (missing4 = "letter")){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs50 = errors;
for(const key6 in data17){
if(!((key6 === "letter") || (key6 === "note"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs50 === errors){
if(data17.letter !== undefined){
let data18 = data17.letter;
const _errs51 = errors;
if(typeof data18 !== "string"){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/letter/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data18 === "R") || (data18 === "A")) || (data18 === "C")) || (data18 === "I")) || (data18 === "S")) || (data18 === "V"))){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/letter/enum",keyword:"enum",params:{allowedValues: schema34.properties.groups.items.properties.activities.items.properties.raci.additionalProperties.else.properties.letter.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.note !== undefined){
let data19 = data17.note;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data19 === "string"){
if(func1(data19) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data19) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs48 === errors;
valid9 = _valid0;
ifClause0 = "else";
}
if(!valid9){
const err5 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate23.errors = vErrors;
return false;
}
var valid8 = _errs41 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs36 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.others !== undefined){
let data20 = data12.others;
const _errs55 = errors;
if(errors === _errs55){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key7 in data20){
const _errs57 = errors;
if(!((((((key7 === "R") || (key7 === "A")) || (key7 === "C")) || (key7 === "I")) || (key7 === "S")) || (key7 === "V"))){
const err6 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others",schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/propertyNames/enum",keyword:"enum",params:{allowedValues: schema34.properties.groups.items.properties.activities.items.properties.others.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid11 = _errs57 === errors;
if(!valid11){
const err7 = {instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others",schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate23.errors = vErrors;
return false;
break;
}
}
if(valid11){
for(const key8 in data20){
let data21 = data20[key8];
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data21)){
var valid13 = true;
const len3 = data21.length;
for(let i3=0; i3<len3; i3++){
let data22 = data21[i3];
const _errs61 = errors;
if(errors === _errs61){
if(typeof data22 === "string"){
if(func1(data22) > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/additionalProperties/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data22) < 1){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs61 === errors;
if(!valid13){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs59 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others",schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs55 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2,schemaPath:"#/properties/groups/items/properties/activities/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs27 === errors;
if(!valid5){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities",schemaPath:"#/properties/groups/items/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const codeowners = validate24;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/codeowners.schema.json","title":"rolekit code ownership","description":"codeowners.yaml: which roles own which paths in which repositories.","type":"object","additionalProperties":false,"required":["repositories"],"properties":{"repositories":{"type":"array","description":"The repositories in the GitHub organisation whose CODEOWNERS rolekit writes.","items":{"type":"object","additionalProperties":false,"required":["name","rules"],"properties":{"name":{"type":"string","pattern":"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$","description":"Repository name in the org. GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"What the repository holds."},"sections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The section’s name, as rules name it in `section`."},"optional":{"type":"boolean","description":"GitLab: approval from this section is optional (^[Section])."},"approvals":{"type":"integer","minimum":1,"maximum":50,"description":"GitLab: number of approvals required."}}},"description":"GitLab sections, referenced by rules."},"rules":{"type":"array","description":"Ownership rules, in CODEOWNERS order: the last rule that matches a path wins.","items":{"type":"object","additionalProperties":false,"required":["pattern","owners"],"properties":{"pattern":{"type":"string","minLength":1,"maxLength":1000,"description":"A CODEOWNERS path pattern, e.g. /src/ or *.md."},"owners":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/)."},"minItems":1,"description":"The ids of the roles that own the paths; their GitHub teams (or holders) are written."},"section":{"type":"string","minLength":1,"maxLength":20000,"description":"GitLab: the name of the section the rule belongs to."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"Why these roles own these paths; written as a comment."}}}}}}}}};
const pattern33 = new RegExp("^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/codeowners.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repositories === undefined) && (missing0 = "repositories")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "repositories")){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repositories !== undefined){
let data0 = data.repositories;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.name === undefined) && (missing1 = "name")) || ((data1.rules === undefined) && (missing1 = "rules"))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "description")) || (key1 === "sections")) || (key1 === "rules"))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.name !== undefined){
let data2 = data1.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern33.test(data2)){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/name",schemaPath:"#/properties/repositories/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/name",schemaPath:"#/properties/repositories/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.description !== undefined){
let data3 = data1.description;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/description",schemaPath:"#/properties/repositories/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/description",schemaPath:"#/properties/repositories/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/description",schemaPath:"#/properties/repositories/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.sections !== undefined){
let data4 = data1.sections;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.name === undefined) && (missing2 = "name")){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1,schemaPath:"#/properties/repositories/items/properties/sections/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key2 in data5){
if(!(((key2 === "name") || (key2 === "optional")) || (key2 === "approvals"))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1,schemaPath:"#/properties/repositories/items/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.name !== undefined){
let data6 = data5.name;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/name",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data6) < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/name",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/name",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.optional !== undefined){
const _errs18 = errors;
if(typeof data5.optional !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/optional",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.approvals !== undefined){
let data8 = data5.approvals;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/approvals",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 50 || isNaN(data8)){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/approvals",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"}];
return false;
}
else {
if(data8 < 1 || isNaN(data8)){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/approvals",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1,schemaPath:"#/properties/repositories/items/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections",schemaPath:"#/properties/repositories/items/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.rules !== undefined){
let data9 = data1.rules;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if(((data10.pattern === undefined) && (missing3 = "pattern")) || ((data10.owners === undefined) && (missing3 = "owners"))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2,schemaPath:"#/properties/repositories/items/properties/rules/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data10){
if(!((((key3 === "pattern") || (key3 === "owners")) || (key3 === "section")) || (key3 === "note"))){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2,schemaPath:"#/properties/repositories/items/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data10.pattern !== undefined){
let data11 = data10.pattern;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(func1(data11) > 1000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/pattern",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func1(data11) < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/pattern",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/pattern",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.owners !== undefined){
let data12 = data10.owners;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data12)){
if(data12.length < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/owners",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/owners/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if(func1(data13) > 64){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/owners/" + i3,schemaPath:"#/properties/repositories/items/properties/rules/items/properties/owners/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data13)){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/owners/" + i3,schemaPath:"#/properties/repositories/items/properties/rules/items/properties/owners/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/owners/" + i3,schemaPath:"#/properties/repositories/items/properties/rules/items/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs31 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/owners",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.section !== undefined){
let data14 = data10.section;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data14 === "string"){
if(func1(data14) > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/section",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data14) < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/section",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/section",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.note !== undefined){
let data15 = data10.note;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func1(data15) > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/note",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data15) < 1){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/note",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/note",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2,schemaPath:"#/properties/repositories/items/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules",schemaPath:"#/properties/repositories/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const jira = validate25;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/jira.schema.json","title":"rolekit Jira","description":"jira.yaml: the Jira site, its projects, capability bundles and the permission schemes roles receive.","type":"object","additionalProperties":false,"required":["site"],"properties":{"site":{"type":"string","pattern":"^https://","description":"The Jira Cloud site: a web address starting with https://, e.g. https://example.atlassian.net."},"bundles":{"type":"object","description":"Capability bundles: a readable name for a set of permission keys.","propertyNames":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\"."},"additionalProperties":{"type":"object","additionalProperties":false,"required":["permissions"],"properties":{"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The bundle’s readable name."},"permissions":{"type":"array","items":{"type":"string","pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues)."},"minItems":1,"description":"Jira permission keys, or ids of other bundles."}}}},"projects":{"type":"array","description":"The Jira projects, each with the permission scheme it uses.","items":{"type":"object","additionalProperties":false,"required":["key","name","scheme"],"properties":{"key":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{1,9}$","description":"The project key: 2 to 10 capital letters, digits or underscores, starting with a letter."},"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The project’s name in Jira."},"scheme":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a scheme under `schemes`."},"production":{"type":"boolean","description":"Changes in this project change production."}}}},"schemes":{"type":"array","description":"Permission schemes: which roles get which permissions.","items":{"type":"object","additionalProperties":false,"required":["id","name","grants"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The scheme’s id, which projects name in `scheme`."},"name":{"type":"string","minLength":1,"maxLength":20000,"description":"The scheme’s name in Jira; rolekit finds the scheme by it."},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"The scheme’s description in Jira."},"grants":{"type":"array","description":"One grant per role.","items":{"type":"object","additionalProperties":false,"required":["role","permissions"],"properties":{"role":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the role granted the permissions; it needs `jira` in its file."},"permissions":{"type":"array","items":{"type":"string","pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues)."},"minItems":1,"description":"Jira permission keys or bundle ids."}}}}}}}}};
const pattern35 = new RegExp("^https://", "u");
const pattern37 = new RegExp("^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$", "u");
const pattern38 = new RegExp("^[A-Z][A-Z0-9_]{1,9}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/jira.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.site === undefined) && (missing0 = "site")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "site") || (key0 === "bundles")) || (key0 === "projects")) || (key0 === "schemes"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.site !== undefined){
let data0 = data.site;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern35.test(data0)){
validate25.errors = [{instancePath:instancePath+"/site",schemaPath:"#/properties/site/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bundles !== undefined){
let data1 = data.bundles;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(errors === _errs6){
if(typeof key1 === "string"){
if(func1(key1) > 64){
const err0 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!pattern6.test(key1)){
const err1 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",propertyName:key1};
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
const err2 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate25.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data1){
let data2 = data1[key2];
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.permissions === undefined) && (missing1 = "permissions")){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bundles/additionalProperties/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key3 in data2){
if(!((key3 === "title") || (key3 === "permissions"))){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bundles/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data2.title !== undefined){
let data3 = data2.title;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func1(data3) > 20000){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/bundles/additionalProperties/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/bundles/additionalProperties/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/bundles/additionalProperties/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.permissions !== undefined){
let data4 = data2.permissions;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data4)){
if(data4.length < 1){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions",schemaPath:"#/properties/bundles/additionalProperties/properties/permissions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern37.test(data5)){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0,schemaPath:"#/properties/bundles/additionalProperties/properties/permissions/items/pattern",keyword:"pattern",params:{pattern: "^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0,schemaPath:"#/properties/bundles/additionalProperties/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions",schemaPath:"#/properties/bundles/additionalProperties/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/bundles/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projects !== undefined){
let data6 = data.projects;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data6)){
var valid5 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs20 = errors;
if(errors === _errs20){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((((data7.key === undefined) && (missing2 = "key")) || ((data7.name === undefined) && (missing2 = "name"))) || ((data7.scheme === undefined) && (missing2 = "scheme"))){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key4 in data7){
if(!((((key4 === "key") || (key4 === "name")) || (key4 === "scheme")) || (key4 === "production"))){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1,schemaPath:"#/properties/projects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data7.key !== undefined){
let data8 = data7.key;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern38.test(data8)){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/key",schemaPath:"#/properties/projects/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{1,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{1,9}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/key",schemaPath:"#/properties/projects/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.name !== undefined){
let data9 = data7.name;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(func1(data9) > 20000){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/name",schemaPath:"#/properties/projects/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data9) < 1){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/name",schemaPath:"#/properties/projects/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/name",schemaPath:"#/properties/projects/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.scheme !== undefined){
let data10 = data7.scheme;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(func1(data10) > 64){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/scheme",schemaPath:"#/properties/projects/items/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data10)){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/scheme",schemaPath:"#/properties/projects/items/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/scheme",schemaPath:"#/properties/projects/items/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.production !== undefined){
const _errs29 = errors;
if(typeof data7.production !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/production",schemaPath:"#/properties/projects/items/properties/production/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projects/" + i1,schemaPath:"#/properties/projects/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schemes !== undefined){
let data12 = data.schemes;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data12)){
var valid7 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs33 = errors;
if(errors === _errs33){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if((((data13.id === undefined) && (missing3 = "id")) || ((data13.name === undefined) && (missing3 = "name"))) || ((data13.grants === undefined) && (missing3 = "grants"))){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2,schemaPath:"#/properties/schemes/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key5 in data13){
if(!((((key5 === "id") || (key5 === "name")) || (key5 === "description")) || (key5 === "grants"))){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2,schemaPath:"#/properties/schemes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data13.id !== undefined){
let data14 = data13.id;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data14 === "string"){
if(func1(data14) > 64){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/id",schemaPath:"#/properties/schemes/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data14)){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/id",schemaPath:"#/properties/schemes/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/id",schemaPath:"#/properties/schemes/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.name !== undefined){
let data15 = data13.name;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data15 === "string"){
if(func1(data15) > 20000){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/name",schemaPath:"#/properties/schemes/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data15) < 1){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/name",schemaPath:"#/properties/schemes/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/name",schemaPath:"#/properties/schemes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.description !== undefined){
let data16 = data13.description;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data16 === "string"){
if(func1(data16) > 20000){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/description",schemaPath:"#/properties/schemes/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data16) < 1){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/description",schemaPath:"#/properties/schemes/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/description",schemaPath:"#/properties/schemes/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.grants !== undefined){
let data17 = data13.grants;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data17)){
var valid9 = true;
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
let data18 = data17[i3];
const _errs44 = errors;
if(errors === _errs44){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if(((data18.role === undefined) && (missing4 = "role")) || ((data18.permissions === undefined) && (missing4 = "permissions"))){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3,schemaPath:"#/properties/schemes/items/properties/grants/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs46 = errors;
for(const key6 in data18){
if(!((key6 === "role") || (key6 === "permissions"))){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3,schemaPath:"#/properties/schemes/items/properties/grants/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data18.role !== undefined){
let data19 = data18.role;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data19 === "string"){
if(func1(data19) > 64){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/role",schemaPath:"#/properties/schemes/items/properties/grants/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data19)){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/role",schemaPath:"#/properties/schemes/items/properties/grants/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/role",schemaPath:"#/properties/schemes/items/properties/grants/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs47 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data18.permissions !== undefined){
let data20 = data18.permissions;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data20)){
if(data20.length < 1){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/permissions",schemaPath:"#/properties/schemes/items/properties/grants/items/properties/permissions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid11 = true;
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
let data21 = data20[i4];
const _errs51 = errors;
if(errors === _errs51){
if(typeof data21 === "string"){
if(!pattern37.test(data21)){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/permissions/" + i4,schemaPath:"#/properties/schemes/items/properties/grants/items/properties/permissions/items/pattern",keyword:"pattern",params:{pattern: "^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/permissions/" + i4,schemaPath:"#/properties/schemes/items/properties/grants/items/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs51 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3+"/permissions",schemaPath:"#/properties/schemes/items/properties/grants/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants/" + i3,schemaPath:"#/properties/schemes/items/properties/grants/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs44 === errors;
if(!valid9){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/grants",schemaPath:"#/properties/schemes/items/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2,schemaPath:"#/properties/schemes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs33 === errors;
if(!valid7){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/schemes",schemaPath:"#/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const policies = validate26;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/policies.schema.json","title":"rolekit policies","description":"policies.yaml: separation-of-duties, two-person and approval rules, checked against roles, people, RACI and Jira.","type":"object","additionalProperties":false,"required":["policies"],"properties":{"policies":{"type":"array","description":"The rules the model must keep; `rolekit validate` reports each one broken.","items":{"type":"object","additionalProperties":false,"required":["id","type","statement"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The policy’s id: lowercase letters, digits and hyphens."},"type":{"enum":["separation-of-duties","two-person","approval"],"description":"separation-of-duties: restricted roles may not hold some activities, Jira permissions or other roles; two-person: the R and the A of an activity are two different people; approval: an approver role is Accountable."},"statement":{"type":"string","minLength":1,"maxLength":20000,"description":"The policy as the organisation states it."},"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","minLength":1,"maxLength":20000,"description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"type":"string","minLength":1,"maxLength":20000,"description":"The section or page of that document."},"note":{"type":"string","minLength":1,"maxLength":20000,"description":"What was taken from it, merged or changed."}}},"description":"Where the policy comes from."},"roles":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/)."},"minItems":1,"description":"separation-of-duties: the restricted roles."},"conflictsWith":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/)."},"description":"separation-of-duties: roles no person may hold together with a restricted role."},"activities":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\"."},"minItems":1,"description":"The activities the policy is about."},"letters":{"type":"array","items":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."},"description":"separation-of-duties: the letters the restricted roles may not hold on those activities (default R and A)."},"jiraPermissions":{"type":"array","items":{"type":"string","pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues)."},"description":"separation-of-duties: Jira permissions the restricted roles may not hold in production projects."},"approvers":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/)."},"minItems":1,"description":"approval: roles that may approve."}},"allOf":[{"if":{"properties":{"type":{"const":"separation-of-duties"}}},"then":{"required":["roles"]}},{"if":{"properties":{"type":{"const":"two-person"}}},"then":{"required":["activities"]}},{"if":{"properties":{"type":{"const":"approval"}}},"then":{"required":["activities","approvers"]}}]}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/policies.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.policies === undefined) && (missing0 = "policies")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "policies")){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.policies !== undefined){
let data0 = data.policies;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
if("separation-of-duties" !== data1.type){
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
var _valid0 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.roles === undefined) && (missing1 = "roles")){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
}
if(!valid3){
const err1 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid2 = _errs6 === errors;
if(valid2){
const _errs11 = errors;
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
if("two-person" !== data1.type){
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
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs15 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if((data1.activities === undefined) && (missing2 = "activities")){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/1/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var _valid1 = _errs15 === errors;
valid5 = _valid1;
}
if(!valid5){
const err3 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid2 = _errs11 === errors;
if(valid2){
const _errs16 = errors;
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
if("approval" !== data1.type){
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
}
var _valid2 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs20 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing3;
if(((data1.activities === undefined) && (missing3 = "activities")) || ((data1.approvers === undefined) && (missing3 = "approvers"))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/2/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
}
var _valid2 = _errs20 === errors;
valid7 = _valid2;
}
if(!valid7){
const err5 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid2 = _errs16 === errors;
}
}
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing4;
if((((data1.id === undefined) && (missing4 = "id")) || ((data1.type === undefined) && (missing4 = "type"))) || ((data1.statement === undefined) && (missing4 = "statement"))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key1 in data1){
if(!(func10.call(schema37.properties.policies.items.properties, key1))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data1.id !== undefined){
let data5 = data1.id;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data5 === "string"){
if(func1(data5) > 64){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/id",schemaPath:"#/properties/policies/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data5)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/id",schemaPath:"#/properties/policies/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/id",schemaPath:"#/properties/policies/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs22 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.type !== undefined){
let data6 = data1.type;
const _errs24 = errors;
if(!(((data6 === "separation-of-duties") || (data6 === "two-person")) || (data6 === "approval"))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/type",schemaPath:"#/properties/policies/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.policies.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.statement !== undefined){
let data7 = data1.statement;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(func1(data7) > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/statement",schemaPath:"#/properties/policies/items/properties/statement/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data7) < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/statement",schemaPath:"#/properties/policies/items/properties/statement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/statement",schemaPath:"#/properties/policies/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.sources !== undefined){
let data8 = data1.sources;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data8)){
var valid10 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs29 = errors;
if(errors === _errs29){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing5;
if((data9.document === undefined) && (missing5 = "document")){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1,schemaPath:"#/properties/policies/items/properties/sources/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key2 in data9){
if(!(((key2 === "document") || (key2 === "section")) || (key2 === "note"))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1,schemaPath:"#/properties/policies/items/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data9.document !== undefined){
let data10 = data9.document;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data10 === "string"){
if(func1(data10) > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/policies/items/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data10) < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/policies/items/properties/sources/items/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/policies/items/properties/sources/items/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data9.section !== undefined){
let data11 = data9.section;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(func1(data11) > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/policies/items/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data11) < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/policies/items/properties/sources/items/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/policies/items/properties/sources/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs34 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data9.note !== undefined){
let data12 = data9.note;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data12 === "string"){
if(func1(data12) > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/policies/items/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data12) < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/policies/items/properties/sources/items/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/policies/items/properties/sources/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs36 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1,schemaPath:"#/properties/policies/items/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs29 === errors;
if(!valid10){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources",schemaPath:"#/properties/policies/items/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs27 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.roles !== undefined){
let data13 = data1.roles;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data13)){
if(data13.length < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/roles",schemaPath:"#/properties/policies/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
const _errs40 = errors;
if(errors === _errs40){
if(typeof data14 === "string"){
if(func1(data14) > 64){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/roles/" + i2,schemaPath:"#/properties/policies/items/properties/roles/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data14)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/roles/" + i2,schemaPath:"#/properties/policies/items/properties/roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/roles/" + i2,schemaPath:"#/properties/policies/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs40 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/roles",schemaPath:"#/properties/policies/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs38 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.conflictsWith !== undefined){
let data15 = data1.conflictsWith;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data15)){
var valid13 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
const _errs44 = errors;
if(errors === _errs44){
if(typeof data16 === "string"){
if(func1(data16) > 64){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/conflictsWith/" + i3,schemaPath:"#/properties/policies/items/properties/conflictsWith/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data16)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/conflictsWith/" + i3,schemaPath:"#/properties/policies/items/properties/conflictsWith/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/conflictsWith/" + i3,schemaPath:"#/properties/policies/items/properties/conflictsWith/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs44 === errors;
if(!valid13){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/conflictsWith",schemaPath:"#/properties/policies/items/properties/conflictsWith/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs42 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.activities !== undefined){
let data17 = data1.activities;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data17)){
if(data17.length < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/activities",schemaPath:"#/properties/policies/items/properties/activities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid14 = true;
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
let data18 = data17[i4];
const _errs48 = errors;
if(errors === _errs48){
if(typeof data18 === "string"){
if(func1(data18) > 64){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/activities/" + i4,schemaPath:"#/properties/policies/items/properties/activities/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data18)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/activities/" + i4,schemaPath:"#/properties/policies/items/properties/activities/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/activities/" + i4,schemaPath:"#/properties/policies/items/properties/activities/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs48 === errors;
if(!valid14){
break;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/activities",schemaPath:"#/properties/policies/items/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs46 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.letters !== undefined){
let data19 = data1.letters;
const _errs50 = errors;
if(errors === _errs50){
if(Array.isArray(data19)){
var valid15 = true;
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
const _errs52 = errors;
if(typeof data20 !== "string"){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/letters/" + i5,schemaPath:"#/properties/policies/items/properties/letters/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data20 === "R") || (data20 === "A")) || (data20 === "C")) || (data20 === "I")) || (data20 === "S")) || (data20 === "V"))){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/letters/" + i5,schemaPath:"#/properties/policies/items/properties/letters/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.policies.items.properties.letters.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs52 === errors;
if(!valid15){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/letters",schemaPath:"#/properties/policies/items/properties/letters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs50 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.jiraPermissions !== undefined){
let data21 = data1.jiraPermissions;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data21)){
var valid16 = true;
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
let data22 = data21[i6];
const _errs56 = errors;
if(errors === _errs56){
if(typeof data22 === "string"){
if(!pattern37.test(data22)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/jiraPermissions/" + i6,schemaPath:"#/properties/policies/items/properties/jiraPermissions/items/pattern",keyword:"pattern",params:{pattern: "^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/jiraPermissions/" + i6,schemaPath:"#/properties/policies/items/properties/jiraPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs56 === errors;
if(!valid16){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/jiraPermissions",schemaPath:"#/properties/policies/items/properties/jiraPermissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs54 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data1.approvers !== undefined){
let data23 = data1.approvers;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data23)){
if(data23.length < 1){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/approvers",schemaPath:"#/properties/policies/items/properties/approvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len7 = data23.length;
for(let i7=0; i7<len7; i7++){
let data24 = data23[i7];
const _errs60 = errors;
if(errors === _errs60){
if(typeof data24 === "string"){
if(func1(data24) > 64){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/approvers/" + i7,schemaPath:"#/properties/policies/items/properties/approvers/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data24)){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/approvers/" + i7,schemaPath:"#/properties/policies/items/properties/approvers/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/approvers/" + i7,schemaPath:"#/properties/policies/items/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs60 === errors;
if(!valid17){
break;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/approvers",schemaPath:"#/properties/policies/items/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs58 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onboarding = validate27;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/onboarding.schema.json","title":"rolekit onboarding","description":"onboarding.yaml: tasks every new hire gets, and where onboarding issues are published.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string","pattern":"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$","description":"Repository (in the org) for onboarding issues. GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'."},"accessOwner":{"type":"string","pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who grants new hires their GitHub team and Jira access: new-hire, manager, buddy or role:<role id>. Default: role:devops-engineer when the model has that role, else manager."},"labels":{"type":"array","items":{"type":"string","minLength":1,"maxLength":20000},"description":"Labels put on every onboarding issue."},"tasks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","phase"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id for the task, so that a ticked box survives a change of title."},"title":{"type":"string","minLength":1,"maxLength":20000,"description":"What to do, as the checklist says it."},"phase":{"enum":["before-day-1","day-1","week-1","day-30","day-60","day-90"],"description":"When an onboarding task is due, counted from the start date."},"owner":{"type":"string","pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).","default":"new-hire"},"description":{"type":"string","minLength":1,"maxLength":20000,"description":"More about the task: why, how, with whom."},"links":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1,"maxLength":20000,"description":"The text of the link."},"url":{"type":"string","pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://."}}},"description":"Pages that help with the task."}}},"description":"Tasks every new hire gets, whatever their role."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rolekit.dev/schema/v1/onboarding.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "repository") || (key0 === "accessOwner")) || (key0 === "labels")) || (key0 === "tasks"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repository !== undefined){
let data0 = data.repository;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern33.test(data0)){
validate27.errors = [{instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessOwner !== undefined){
let data1 = data.accessOwner;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
validate27.errors = [{instancePath:instancePath+"/accessOwner",schemaPath:"#/properties/accessOwner/pattern",keyword:"pattern",params:{pattern: "^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/accessOwner",schemaPath:"#/properties/accessOwner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.labels !== undefined){
let data2 = data.labels;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func1(data3) > 20000){
validate27.errors = [{instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate27.errors = [{instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tasks !== undefined){
let data4 = data.tasks;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing0;
if(((data5.title === undefined) && (missing0 = "title")) || ((data5.phase === undefined) && (missing0 = "phase"))){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/properties/tasks/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((((((key1 === "id") || (key1 === "title")) || (key1 === "phase")) || (key1 === "owner")) || (key1 === "description")) || (key1 === "links"))){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/properties/tasks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.id !== undefined){
let data6 = data5.id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func1(data6) > 64){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/id",schemaPath:"#/properties/tasks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data6)){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/id",schemaPath:"#/properties/tasks/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/id",schemaPath:"#/properties/tasks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.title !== undefined){
let data7 = data5.title;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func1(data7) > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/title",schemaPath:"#/properties/tasks/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data7) < 1){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/title",schemaPath:"#/properties/tasks/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/title",schemaPath:"#/properties/tasks/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.phase !== undefined){
let data8 = data5.phase;
const _errs19 = errors;
if(!((((((data8 === "before-day-1") || (data8 === "day-1")) || (data8 === "week-1")) || (data8 === "day-30")) || (data8 === "day-60")) || (data8 === "day-90"))){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/phase",schemaPath:"#/properties/tasks/items/properties/phase/enum",keyword:"enum",params:{allowedValues: schema38.properties.tasks.items.properties.phase.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.owner !== undefined){
let data9 = data5.owner;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data9 === "string"){
if(!pattern19.test(data9)){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/owner",schemaPath:"#/properties/tasks/items/properties/owner/pattern",keyword:"pattern",params:{pattern: "^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/owner",schemaPath:"#/properties/tasks/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.description !== undefined){
let data10 = data5.description;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data10 === "string"){
if(func1(data10) > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/description",schemaPath:"#/properties/tasks/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data10) < 1){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/description",schemaPath:"#/properties/tasks/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/description",schemaPath:"#/properties/tasks/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.links !== undefined){
let data11 = data5.links;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data11)){
var valid4 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs26 = errors;
if(errors === _errs26){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.title === undefined) && (missing1 = "title")) || ((data12.url === undefined) && (missing1 = "url"))){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2,schemaPath:"#/properties/tasks/items/properties/links/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key2 in data12){
if(!((key2 === "title") || (key2 === "url"))){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2,schemaPath:"#/properties/tasks/items/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data12.title !== undefined){
let data13 = data12.title;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data13 === "string"){
if(func1(data13) > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/title",schemaPath:"#/properties/tasks/items/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data13) < 1){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/title",schemaPath:"#/properties/tasks/items/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/title",schemaPath:"#/properties/tasks/items/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data12.url !== undefined){
let data14 = data12.url;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data14 === "string"){
if(!pattern5.test(data14)){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/url",schemaPath:"#/properties/tasks/items/properties/links/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/url",schemaPath:"#/properties/tasks/items/properties/links/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs31 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2,schemaPath:"#/properties/tasks/items/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs26 === errors;
if(!valid4){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links",schemaPath:"#/properties/tasks/items/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/properties/tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
