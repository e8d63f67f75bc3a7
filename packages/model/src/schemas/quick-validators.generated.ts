// @ts-nocheck
// Generated from src/schemas by `pnpm --filter @rolekit/model schemas` (ajv standalone code). Do not edit.
// biome-ignore-all lint: generated code
// biome-ignore-all format: generated code
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const organisation = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/organisation.schema.json","title":"rolekit organisation","description":"organisation.yaml: the organisation, its role families, its RACI variant and its GitHub organisation.","additionalProperties":false,"type":"object","required":["name","date"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The organisation’s name, as printed on every artifact."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"A paragraph about the organisation, for job postings."},"date":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The date of this version of the model; printed on PDFs instead of the clock.","type":"string"},"website":{"pattern":"^https?://","description":"The organisation’s website: a web address starting with http:// or https://.","type":"string"},"families":{"description":"Role families (departments). Roles name one in `family`.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","title"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The family’s id, which roles name in `family`: lowercase letters, digits and hyphens.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The family’s name, e.g. Engineering."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"What the family is for."}}}},"raci":{"additionalProperties":false,"description":"How RACI charts are drawn.","type":"object","properties":{"variant":{"default":"RACI","description":"RACI (R, A, C, I); RASCI adds S for Support; RACI-VS adds V for Verifier and S for Signatory.","enum":["RACI","RASCI","RACI-VS"]}}},"github":{"additionalProperties":false,"description":"The GitHub organisation; needed by codeowners.yaml and by onboarding issues.","type":"object","required":["org"],"properties":{"org":{"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"The GitHub organisation’s login, e.g. example-org (without the @).","type":"string"}}},"employment":{"additionalProperties":false,"description":"Defaults for every role's employment (a role's own fields win), e.g. the office address.","type":"object","properties":{"type":{"description":"The kind of employment (schema.org employmentType).","enum":["FULL_TIME","PART_TIME","CONTRACTOR","TEMPORARY","INTERN"]},"location":{"minLength":1,"maxLength":20000,"type":"string","description":"Where the work is, in words, e.g. \"Berlin, Germany\"; printed instead of the address."},"address":{"additionalProperties":false,"description":"The workplace as a postal address (the posting's jobLocation).","type":"object","required":["country"],"properties":{"street":{"minLength":1,"maxLength":20000,"type":"string","description":"Street and number."},"locality":{"minLength":1,"maxLength":20000,"type":"string","description":"The city or town."},"region":{"minLength":1,"maxLength":20000,"type":"string","description":"The state, province or region."},"postalCode":{"minLength":1,"maxLength":20000,"type":"string","description":"The postal code."},"country":{"pattern":"^[A-Z]{2}$","description":"An ISO 3166-1 alpha-2 country code, e.g. \"DE\".","type":"string"}}},"remote":{"description":"The role is fully remote (jobLocationType TELECOMMUTE).","type":"boolean"},"remoteCountries":{"minItems":1,"description":"For a remote role: the countries applicants may live in.","type":"array","items":{"pattern":"^[A-Z]{2}$","description":"An ISO 3166-1 alpha-2 country code, e.g. \"DE\".","type":"string"}},"datePosted":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"When the posting opens; the model date when not given.","type":"string"},"validThrough":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"When the posting closes.","type":"string"},"salary":{"additionalProperties":false,"description":"Base salary: a single value, or a range (min and max).","anyOf":[{"required":["value"]},{"required":["min"]},{"required":["max"]}],"type":"object","required":["currency","unit"],"properties":{"currency":{"pattern":"^[A-Z]{3}$","description":"ISO 4217, e.g. \"EUR\".","type":"string"},"value":{"minimum":0,"description":"A single amount.","type":"number"},"min":{"minimum":0,"description":"The lower end of a range.","type":"number"},"max":{"minimum":0,"description":"The upper end of a range.","type":"number"},"unit":{"description":"What the amount is paid for.","enum":["HOUR","DAY","WEEK","MONTH","YEAR"]}}}}},"documents":{"additionalProperties":false,"description":"How printed and published documents look: paper, colour, logo, notes, sections.","type":"object","properties":{"paperSize":{"default":"A4","description":"Paper for the PDFs.","enum":["A4","LETTER","LEGAL"]},"brandColour":{"pattern":"^#[0-9a-fA-F]{6}$","description":"Headings, rules and links, as #rrggbb.","type":"string"},"logo":{"pattern":"^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]","maxLength":200000,"description":"The logo as SVG markup (paste the file), printed at the top of every job description.","type":"string"},"notes":{"default":true,"description":"Explanatory notes on documents (how to read a RACI matrix, where a page comes from).","type":"boolean"},"jobDescriptions":{"additionalProperties":false,"description":"The sections of the job descriptions, for candidates and for the handbook.","type":"object","properties":{"candidate":{"description":"The sections of the candidate-facing job descriptions, in order (ids, or {section, title}).","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"description":"A section id.","enum":["overview","employment","qualifications","responsibilities","accountabilities","decisionRights","deliverables","kpis","partners","directReports","processes","standards","templates","antiGoals","links"]},"else":{"additionalProperties":false,"type":"object","required":["section"],"properties":{"section":{"description":"The section id.","enum":["overview","employment","qualifications","responsibilities","accountabilities","decisionRights","deliverables","kpis","partners","directReports","processes","standards","templates","antiGoals","links"]},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading printed for it."}}}}},"internal":{"description":"The sections of the internal (handbook) job descriptions, in order.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"description":"A section id.","enum":["overview","employment","qualifications","responsibilities","accountabilities","decisionRights","deliverables","kpis","partners","directReports","processes","standards","templates","antiGoals","links","activities","codeOwnership","access","sources"]},"else":{"additionalProperties":false,"type":"object","required":["section"],"properties":{"section":{"description":"The section id.","enum":["overview","employment","qualifications","responsibilities","accountabilities","decisionRights","deliverables","kpis","partners","directReports","processes","standards","templates","antiGoals","links","activities","codeOwnership","access","sources"]},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading printed for it."}}}}},"titles":{"additionalProperties":false,"description":"Section headings by section id, for both versions.","type":"object","properties":{"overview":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the overview section."},"employment":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the employment section."},"qualifications":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the qualifications section."},"responsibilities":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the responsibilities section."},"accountabilities":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the accountabilities section."},"decisionRights":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the decisionRights section."},"deliverables":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the deliverables section."},"kpis":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the kpis section."},"partners":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the partners section."},"directReports":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the directReports section."},"processes":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the processes section."},"standards":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the standards section."},"templates":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the templates section."},"antiGoals":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the antiGoals section."},"links":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the links section."},"activities":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the activities section."},"codeOwnership":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the codeOwnership section."},"access":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the access section."},"sources":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of the sources section."}}}}}}},"generators":{"description":"Generators of your own, run by `rolekit generate` after the built-in ones (see docs/CONTRIBUTING-generators.md). Loading one runs its code.","type":"array","items":{"additionalProperties":false,"description":"An npm package, or a JavaScript file in the model folder (one of the two).","minProperties":1,"maxProperties":1,"type":"object","properties":{"package":{"pattern":"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$","description":"An installed npm package whose main export is a generator, e.g. rolekit-generator-wiki.","type":"string"},"path":{"pattern":"^\\./[^\\\\]*\\.m?js$","description":"A .js or .mjs file inside the model folder, starting with ./ (e.g. ./generators/wiki.mjs).","type":"string"}}}}}};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern5 = new RegExp("^https?://", "u");
const pattern6 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const pattern8 = new RegExp("^[A-Z]{2}$", "u");
const pattern12 = new RegExp("^[A-Z]{3}$", "u");
const pattern13 = new RegExp("^#[0-9a-fA-F]{6}$", "u");
const pattern14 = new RegExp("^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]", "u");
const pattern15 = new RegExp("^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$", "u");
const pattern16 = new RegExp("^\\./[^\\\\]*\\.m?js$", "u");

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
if(!(func1.call(schema31.properties, key0))){
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
if(data0.length > 20000){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data0.length < 1){
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
if(data1.length > 20000){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data1.length < 1){
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
if(data6.length > 64){
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
if(data7.length > 20000){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/title",schemaPath:"#/properties/families/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data7.length < 1){
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
if(data8.length > 20000){
validate20.errors = [{instancePath:instancePath+"/families/" + i0+"/description",schemaPath:"#/properties/families/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data8.length < 1){
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
if(valid0){
if(data.employment !== undefined){
let data13 = data.employment;
const _errs30 = errors;
if(errors === _errs30){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
const _errs32 = errors;
for(const key4 in data13){
if(!((((((((key4 === "type") || (key4 === "location")) || (key4 === "address")) || (key4 === "remote")) || (key4 === "remoteCountries")) || (key4 === "datePosted")) || (key4 === "validThrough")) || (key4 === "salary"))){
validate20.errors = [{instancePath:instancePath+"/employment",schemaPath:"#/properties/employment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data13.type !== undefined){
let data14 = data13.type;
const _errs33 = errors;
if(!(((((data14 === "FULL_TIME") || (data14 === "PART_TIME")) || (data14 === "CONTRACTOR")) || (data14 === "TEMPORARY")) || (data14 === "INTERN"))){
validate20.errors = [{instancePath:instancePath+"/employment/type",schemaPath:"#/properties/employment/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.employment.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.location !== undefined){
let data15 = data13.location;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data15 === "string"){
if(data15.length > 20000){
validate20.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data15.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs34 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.address !== undefined){
let data16 = data13.address;
const _errs36 = errors;
if(errors === _errs36){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing3;
if((data16.country === undefined) && (missing3 = "country")){
validate20.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key5 in data16){
if(!(((((key5 === "street") || (key5 === "locality")) || (key5 === "region")) || (key5 === "postalCode")) || (key5 === "country"))){
validate20.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data16.street !== undefined){
let data17 = data16.street;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data17 === "string"){
if(data17.length > 20000){
validate20.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data17.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.locality !== undefined){
let data18 = data16.locality;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data18 === "string"){
if(data18.length > 20000){
validate20.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data18.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs41 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.region !== undefined){
let data19 = data16.region;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data19 === "string"){
if(data19.length > 20000){
validate20.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data19.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.postalCode !== undefined){
let data20 = data16.postalCode;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data20 === "string"){
if(data20.length > 20000){
validate20.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data20.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.country !== undefined){
let data21 = data16.country;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data21 === "string"){
if(!pattern8.test(data21)){
validate20.errors = [{instancePath:instancePath+"/employment/address/country",schemaPath:"#/properties/employment/properties/address/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/address/country",schemaPath:"#/properties/employment/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs47 === errors;
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
validate20.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.remote !== undefined){
const _errs49 = errors;
if(typeof data13.remote !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/employment/remote",schemaPath:"#/properties/employment/properties/remote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs49 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.remoteCountries !== undefined){
let data23 = data13.remoteCountries;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data23)){
if(data23.length < 1){
validate20.errors = [{instancePath:instancePath+"/employment/remoteCountries",schemaPath:"#/properties/employment/properties/remoteCountries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid7 = true;
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
const _errs53 = errors;
if(errors === _errs53){
if(typeof data24 === "string"){
if(!pattern8.test(data24)){
validate20.errors = [{instancePath:instancePath+"/employment/remoteCountries/" + i1,schemaPath:"#/properties/employment/properties/remoteCountries/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/remoteCountries/" + i1,schemaPath:"#/properties/employment/properties/remoteCountries/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs53 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/remoteCountries",schemaPath:"#/properties/employment/properties/remoteCountries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs51 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.datePosted !== undefined){
let data25 = data13.datePosted;
const _errs55 = errors;
if(errors === _errs55){
if(typeof data25 === "string"){
if(!pattern4.test(data25)){
validate20.errors = [{instancePath:instancePath+"/employment/datePosted",schemaPath:"#/properties/employment/properties/datePosted/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/datePosted",schemaPath:"#/properties/employment/properties/datePosted/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs55 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.validThrough !== undefined){
let data26 = data13.validThrough;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data26 === "string"){
if(!pattern4.test(data26)){
validate20.errors = [{instancePath:instancePath+"/employment/validThrough",schemaPath:"#/properties/employment/properties/validThrough/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/validThrough",schemaPath:"#/properties/employment/properties/validThrough/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs57 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.salary !== undefined){
let data27 = data13.salary;
const _errs59 = errors;
const _errs61 = errors;
let valid8 = false;
const _errs62 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing4;
if((data27.value === undefined) && (missing4 = "value")){
const err0 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/0/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs62 === errors;
valid8 = valid8 || _valid0;
const _errs63 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing5;
if((data27.min === undefined) && (missing5 = "min")){
const err1 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs63 === errors;
valid8 = valid8 || _valid0;
const _errs64 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing6;
if((data27.max === undefined) && (missing6 = "max")){
const err2 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs64 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err3 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
if(errors === _errs59){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing7;
if(((data27.currency === undefined) && (missing7 = "currency")) || ((data27.unit === undefined) && (missing7 = "unit"))){
validate20.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs65 = errors;
for(const key6 in data27){
if(!(((((key6 === "currency") || (key6 === "value")) || (key6 === "min")) || (key6 === "max")) || (key6 === "unit"))){
validate20.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs65 === errors){
if(data27.currency !== undefined){
let data28 = data27.currency;
const _errs66 = errors;
if(errors === _errs66){
if(typeof data28 === "string"){
if(!pattern12.test(data28)){
validate20.errors = [{instancePath:instancePath+"/employment/salary/currency",schemaPath:"#/properties/employment/properties/salary/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/salary/currency",schemaPath:"#/properties/employment/properties/salary/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs66 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data27.value !== undefined){
let data29 = data27.value;
const _errs68 = errors;
if(errors === _errs68){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
validate20.errors = [{instancePath:instancePath+"/employment/salary/value",schemaPath:"#/properties/employment/properties/salary/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/salary/value",schemaPath:"#/properties/employment/properties/salary/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid9 = _errs68 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data27.min !== undefined){
let data30 = data27.min;
const _errs70 = errors;
if(errors === _errs70){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
validate20.errors = [{instancePath:instancePath+"/employment/salary/min",schemaPath:"#/properties/employment/properties/salary/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/salary/min",schemaPath:"#/properties/employment/properties/salary/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid9 = _errs70 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data27.max !== undefined){
let data31 = data27.max;
const _errs72 = errors;
if(errors === _errs72){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate20.errors = [{instancePath:instancePath+"/employment/salary/max",schemaPath:"#/properties/employment/properties/salary/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/employment/salary/max",schemaPath:"#/properties/employment/properties/salary/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid9 = _errs72 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data27.unit !== undefined){
let data32 = data27.unit;
const _errs74 = errors;
if(!(((((data32 === "HOUR") || (data32 === "DAY")) || (data32 === "WEEK")) || (data32 === "MONTH")) || (data32 === "YEAR"))){
validate20.errors = [{instancePath:instancePath+"/employment/salary/unit",schemaPath:"#/properties/employment/properties/salary/properties/unit/enum",keyword:"enum",params:{allowedValues: schema31.properties.employment.properties.salary.properties.unit.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs74 === errors;
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
else {
validate20.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs59 === errors;
}
else {
var valid5 = true;
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
validate20.errors = [{instancePath:instancePath+"/employment",schemaPath:"#/properties/employment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.documents !== undefined){
let data33 = data.documents;
const _errs75 = errors;
if(errors === _errs75){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
const _errs77 = errors;
for(const key7 in data33){
if(!(((((key7 === "paperSize") || (key7 === "brandColour")) || (key7 === "logo")) || (key7 === "notes")) || (key7 === "jobDescriptions"))){
validate20.errors = [{instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs77 === errors){
if(data33.paperSize !== undefined){
let data34 = data33.paperSize;
const _errs78 = errors;
if(!(((data34 === "A4") || (data34 === "LETTER")) || (data34 === "LEGAL"))){
validate20.errors = [{instancePath:instancePath+"/documents/paperSize",schemaPath:"#/properties/documents/properties/paperSize/enum",keyword:"enum",params:{allowedValues: schema31.properties.documents.properties.paperSize.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs78 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data33.brandColour !== undefined){
let data35 = data33.brandColour;
const _errs79 = errors;
if(errors === _errs79){
if(typeof data35 === "string"){
if(!pattern13.test(data35)){
validate20.errors = [{instancePath:instancePath+"/documents/brandColour",schemaPath:"#/properties/documents/properties/brandColour/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/brandColour",schemaPath:"#/properties/documents/properties/brandColour/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs79 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data33.logo !== undefined){
let data36 = data33.logo;
const _errs81 = errors;
if(errors === _errs81){
if(typeof data36 === "string"){
if(data36.length > 200000){
validate20.errors = [{instancePath:instancePath+"/documents/logo",schemaPath:"#/properties/documents/properties/logo/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters"}];
return false;
}
else {
if(!pattern14.test(data36)){
validate20.errors = [{instancePath:instancePath+"/documents/logo",schemaPath:"#/properties/documents/properties/logo/pattern",keyword:"pattern",params:{pattern: "^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]"},message:"must match pattern \""+"^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/logo",schemaPath:"#/properties/documents/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs81 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data33.notes !== undefined){
const _errs83 = errors;
if(typeof data33.notes !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/documents/notes",schemaPath:"#/properties/documents/properties/notes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid10 = _errs83 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data33.jobDescriptions !== undefined){
let data38 = data33.jobDescriptions;
const _errs85 = errors;
if(errors === _errs85){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
const _errs87 = errors;
for(const key8 in data38){
if(!(((key8 === "candidate") || (key8 === "internal")) || (key8 === "titles"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions",schemaPath:"#/properties/documents/properties/jobDescriptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs87 === errors){
if(data38.candidate !== undefined){
let data39 = data38.candidate;
const _errs88 = errors;
if(errors === _errs88){
if(Array.isArray(data39)){
var valid12 = true;
const len2 = data39.length;
for(let i2=0; i2<len2; i2++){
let data40 = data39[i2];
const _errs90 = errors;
if((typeof data40 !== "string") && (!(data40 && typeof data40 == "object" && !Array.isArray(data40)))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/type",keyword:"type",params:{type: schema31.properties.documents.properties.jobDescriptions.properties.candidate.items.type},message:"must be string,object"}];
return false;
}
const _errs92 = errors;
let valid13 = true;
const _errs93 = errors;
if(typeof data40 !== "string"){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs95 = errors;
if(!(((((((((((((((data40 === "overview") || (data40 === "employment")) || (data40 === "qualifications")) || (data40 === "responsibilities")) || (data40 === "accountabilities")) || (data40 === "decisionRights")) || (data40 === "deliverables")) || (data40 === "kpis")) || (data40 === "partners")) || (data40 === "directReports")) || (data40 === "processes")) || (data40 === "standards")) || (data40 === "templates")) || (data40 === "antiGoals")) || (data40 === "links"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/then/enum",keyword:"enum",params:{allowedValues: schema31.properties.documents.properties.jobDescriptions.properties.candidate.items.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid1 = _errs95 === errors;
valid13 = _valid1;
ifClause0 = "then";
}
else {
const _errs96 = errors;
if(errors === _errs96){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing8;
if((data40.section === undefined) && (missing8 = "section")){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs98 = errors;
for(const key9 in data40){
if(!((key9 === "section") || (key9 === "title"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs98 === errors){
if(data40.section !== undefined){
let data41 = data40.section;
const _errs99 = errors;
if(!(((((((((((((((data41 === "overview") || (data41 === "employment")) || (data41 === "qualifications")) || (data41 === "responsibilities")) || (data41 === "accountabilities")) || (data41 === "decisionRights")) || (data41 === "deliverables")) || (data41 === "kpis")) || (data41 === "partners")) || (data41 === "directReports")) || (data41 === "processes")) || (data41 === "standards")) || (data41 === "templates")) || (data41 === "antiGoals")) || (data41 === "links"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2+"/section",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/properties/section/enum",keyword:"enum",params:{allowedValues: schema31.properties.documents.properties.jobDescriptions.properties.candidate.items.else.properties.section.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs99 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data40.title !== undefined){
let data42 = data40.title;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data42 === "string"){
if(data42.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data42.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs100 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs96 === errors;
valid13 = _valid1;
ifClause0 = "else";
}
if(!valid13){
const err5 = {instancePath:instancePath+"/documents/jobDescriptions/candidate/" + i2,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid12 = _errs90 === errors;
if(!valid12){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/candidate",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/candidate/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs88 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data38.internal !== undefined){
let data43 = data38.internal;
const _errs102 = errors;
if(errors === _errs102){
if(Array.isArray(data43)){
var valid15 = true;
const len3 = data43.length;
for(let i3=0; i3<len3; i3++){
let data44 = data43[i3];
const _errs104 = errors;
if((typeof data44 !== "string") && (!(data44 && typeof data44 == "object" && !Array.isArray(data44)))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/type",keyword:"type",params:{type: schema31.properties.documents.properties.jobDescriptions.properties.internal.items.type},message:"must be string,object"}];
return false;
}
const _errs106 = errors;
let valid16 = true;
const _errs107 = errors;
if(typeof data44 !== "string"){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs107 === errors;
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid2){
const _errs109 = errors;
if(!(((((((((((((((((((data44 === "overview") || (data44 === "employment")) || (data44 === "qualifications")) || (data44 === "responsibilities")) || (data44 === "accountabilities")) || (data44 === "decisionRights")) || (data44 === "deliverables")) || (data44 === "kpis")) || (data44 === "partners")) || (data44 === "directReports")) || (data44 === "processes")) || (data44 === "standards")) || (data44 === "templates")) || (data44 === "antiGoals")) || (data44 === "links")) || (data44 === "activities")) || (data44 === "codeOwnership")) || (data44 === "access")) || (data44 === "sources"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/then/enum",keyword:"enum",params:{allowedValues: schema31.properties.documents.properties.jobDescriptions.properties.internal.items.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid2 = _errs109 === errors;
valid16 = _valid2;
ifClause1 = "then";
}
else {
const _errs110 = errors;
if(errors === _errs110){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing9;
if((data44.section === undefined) && (missing9 = "section")){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs112 = errors;
for(const key10 in data44){
if(!((key10 === "section") || (key10 === "title"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs112 === errors){
if(data44.section !== undefined){
let data45 = data44.section;
const _errs113 = errors;
if(!(((((((((((((((((((data45 === "overview") || (data45 === "employment")) || (data45 === "qualifications")) || (data45 === "responsibilities")) || (data45 === "accountabilities")) || (data45 === "decisionRights")) || (data45 === "deliverables")) || (data45 === "kpis")) || (data45 === "partners")) || (data45 === "directReports")) || (data45 === "processes")) || (data45 === "standards")) || (data45 === "templates")) || (data45 === "antiGoals")) || (data45 === "links")) || (data45 === "activities")) || (data45 === "codeOwnership")) || (data45 === "access")) || (data45 === "sources"))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3+"/section",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/properties/section/enum",keyword:"enum",params:{allowedValues: schema31.properties.documents.properties.jobDescriptions.properties.internal.items.else.properties.section.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs113 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data44.title !== undefined){
let data46 = data44.title;
const _errs114 = errors;
if(errors === _errs114){
if(typeof data46 === "string"){
if(data46.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data46.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3+"/title",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs114 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs110 === errors;
valid16 = _valid2;
ifClause1 = "else";
}
if(!valid16){
const err7 = {instancePath:instancePath+"/documents/jobDescriptions/internal/" + i3,schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/items/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid15 = _errs104 === errors;
if(!valid15){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/internal",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/internal/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs102 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data38.titles !== undefined){
let data47 = data38.titles;
const _errs116 = errors;
if(errors === _errs116){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
const _errs118 = errors;
for(const key11 in data47){
if(!(func1.call(schema31.properties.documents.properties.jobDescriptions.properties.titles.properties, key11))){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs118 === errors){
if(data47.overview !== undefined){
let data48 = data47.overview;
const _errs119 = errors;
if(errors === _errs119){
if(typeof data48 === "string"){
if(data48.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/overview",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/overview/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data48.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/overview",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/overview/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/overview",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/overview/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs119 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.employment !== undefined){
let data49 = data47.employment;
const _errs121 = errors;
if(errors === _errs121){
if(typeof data49 === "string"){
if(data49.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/employment",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/employment/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data49.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/employment",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/employment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/employment",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/employment/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs121 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.qualifications !== undefined){
let data50 = data47.qualifications;
const _errs123 = errors;
if(errors === _errs123){
if(typeof data50 === "string"){
if(data50.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/qualifications",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/qualifications/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data50.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/qualifications",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/qualifications/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/qualifications",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/qualifications/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs123 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.responsibilities !== undefined){
let data51 = data47.responsibilities;
const _errs125 = errors;
if(errors === _errs125){
if(typeof data51 === "string"){
if(data51.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/responsibilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/responsibilities/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data51.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/responsibilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/responsibilities/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/responsibilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/responsibilities/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs125 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.accountabilities !== undefined){
let data52 = data47.accountabilities;
const _errs127 = errors;
if(errors === _errs127){
if(typeof data52 === "string"){
if(data52.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/accountabilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/accountabilities/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data52.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/accountabilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/accountabilities/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/accountabilities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/accountabilities/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs127 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.decisionRights !== undefined){
let data53 = data47.decisionRights;
const _errs129 = errors;
if(errors === _errs129){
if(typeof data53 === "string"){
if(data53.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/decisionRights",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/decisionRights/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data53.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/decisionRights",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/decisionRights/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/decisionRights",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/decisionRights/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs129 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.deliverables !== undefined){
let data54 = data47.deliverables;
const _errs131 = errors;
if(errors === _errs131){
if(typeof data54 === "string"){
if(data54.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/deliverables",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/deliverables/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data54.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/deliverables",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/deliverables/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/deliverables",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/deliverables/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs131 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.kpis !== undefined){
let data55 = data47.kpis;
const _errs133 = errors;
if(errors === _errs133){
if(typeof data55 === "string"){
if(data55.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/kpis",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/kpis/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data55.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/kpis",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/kpis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/kpis",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/kpis/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs133 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.partners !== undefined){
let data56 = data47.partners;
const _errs135 = errors;
if(errors === _errs135){
if(typeof data56 === "string"){
if(data56.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/partners",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/partners/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data56.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/partners",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/partners/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/partners",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/partners/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs135 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.directReports !== undefined){
let data57 = data47.directReports;
const _errs137 = errors;
if(errors === _errs137){
if(typeof data57 === "string"){
if(data57.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/directReports",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/directReports/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data57.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/directReports",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/directReports/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/directReports",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/directReports/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs137 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.processes !== undefined){
let data58 = data47.processes;
const _errs139 = errors;
if(errors === _errs139){
if(typeof data58 === "string"){
if(data58.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/processes",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/processes/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data58.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/processes",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/processes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/processes",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/processes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs139 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.standards !== undefined){
let data59 = data47.standards;
const _errs141 = errors;
if(errors === _errs141){
if(typeof data59 === "string"){
if(data59.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/standards",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/standards/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data59.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/standards",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/standards/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/standards",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/standards/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs141 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.templates !== undefined){
let data60 = data47.templates;
const _errs143 = errors;
if(errors === _errs143){
if(typeof data60 === "string"){
if(data60.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/templates",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/templates/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data60.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/templates",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/templates/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/templates",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/templates/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs143 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.antiGoals !== undefined){
let data61 = data47.antiGoals;
const _errs145 = errors;
if(errors === _errs145){
if(typeof data61 === "string"){
if(data61.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/antiGoals",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/antiGoals/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data61.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/antiGoals",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/antiGoals/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/antiGoals",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/antiGoals/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs145 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.links !== undefined){
let data62 = data47.links;
const _errs147 = errors;
if(errors === _errs147){
if(typeof data62 === "string"){
if(data62.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/links",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/links/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data62.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/links",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/links/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/links",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/links/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs147 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.activities !== undefined){
let data63 = data47.activities;
const _errs149 = errors;
if(errors === _errs149){
if(typeof data63 === "string"){
if(data63.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/activities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/activities/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data63.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/activities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/activities/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/activities",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/activities/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs149 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.codeOwnership !== undefined){
let data64 = data47.codeOwnership;
const _errs151 = errors;
if(errors === _errs151){
if(typeof data64 === "string"){
if(data64.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/codeOwnership",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/codeOwnership/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data64.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/codeOwnership",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/codeOwnership/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/codeOwnership",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/codeOwnership/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs151 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.access !== undefined){
let data65 = data47.access;
const _errs153 = errors;
if(errors === _errs153){
if(typeof data65 === "string"){
if(data65.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/access",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/access/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data65.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/access",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/access/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/access",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/access/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs153 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data47.sources !== undefined){
let data66 = data47.sources;
const _errs155 = errors;
if(errors === _errs155){
if(typeof data66 === "string"){
if(data66.length > 20000){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/sources",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/sources/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data66.length < 1){
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/sources",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/sources/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles/sources",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/properties/sources/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs155 === errors;
}
else {
var valid18 = true;
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
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions/titles",schemaPath:"#/properties/documents/properties/jobDescriptions/properties/titles/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs116 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents/jobDescriptions",schemaPath:"#/properties/documents/properties/jobDescriptions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs85 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generators !== undefined){
let data67 = data.generators;
const _errs157 = errors;
if(errors === _errs157){
if(Array.isArray(data67)){
var valid19 = true;
const len4 = data67.length;
for(let i4=0; i4<len4; i4++){
let data68 = data67[i4];
const _errs159 = errors;
if(errors === _errs159){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(Object.keys(data68).length > 1){
validate20.errors = [{instancePath:instancePath+"/generators/" + i4,schemaPath:"#/properties/generators/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data68).length < 1){
validate20.errors = [{instancePath:instancePath+"/generators/" + i4,schemaPath:"#/properties/generators/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs161 = errors;
for(const key12 in data68){
if(!((key12 === "package") || (key12 === "path"))){
validate20.errors = [{instancePath:instancePath+"/generators/" + i4,schemaPath:"#/properties/generators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs161 === errors){
if(data68.package !== undefined){
let data69 = data68.package;
const _errs162 = errors;
if(errors === _errs162){
if(typeof data69 === "string"){
if(!pattern15.test(data69)){
validate20.errors = [{instancePath:instancePath+"/generators/" + i4+"/package",schemaPath:"#/properties/generators/items/properties/package/pattern",keyword:"pattern",params:{pattern: "^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$"},message:"must match pattern \""+"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/generators/" + i4+"/package",schemaPath:"#/properties/generators/items/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs162 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data68.path !== undefined){
let data70 = data68.path;
const _errs164 = errors;
if(errors === _errs164){
if(typeof data70 === "string"){
if(!pattern16.test(data70)){
validate20.errors = [{instancePath:instancePath+"/generators/" + i4+"/path",schemaPath:"#/properties/generators/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\./[^\\\\]*\\.m?js$"},message:"must match pattern \""+"^\\./[^\\\\]*\\.m?js$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/generators/" + i4+"/path",schemaPath:"#/properties/generators/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs164 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/generators/" + i4,schemaPath:"#/properties/generators/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs159 === errors;
if(!valid19){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/generators",schemaPath:"#/properties/generators/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs157 === errors;
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
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/role.schema.json","title":"rolekit role","description":"roles/<id>.yaml: one role, everything the organisation says about it.","additionalProperties":false,"type":"object","required":["id","title","family","summary"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"Stable id; must match the file name.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The role’s name, as job descriptions print it."},"family":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a family from organisation.yaml.","type":"string"},"seniority":{"description":"The role’s level, for job postings and sorting.","enum":["associate","engineer","senior","lead","principal","manager","head","chief","executive"]},"aliases":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Other names this role goes by in the sources or the organisation."},"summary":{"minLength":1,"maxLength":20000,"type":"string","description":"One or two sentences: what the role is for. Shown in indexes and postings."},"mission":{"minLength":1,"maxLength":20000,"type":"string","description":"Why the role exists, in a sentence or a short paragraph."},"reportsTo":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the role this one reports to.","type":"string"},"partners":{"description":"Key partners: the roles this one works with, and what for.","type":"array","items":{"additionalProperties":false,"type":"object","required":["role"],"properties":{"role":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the partner role.","type":"string"},"for":{"minLength":1,"maxLength":20000,"type":"string","description":"What the two roles work together on."}}}},"responsibilities":{"description":"What the role owns: plain items, or items grouped under a heading.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"minLength":1,"maxLength":20000,"type":"string"},"else":{"additionalProperties":false,"type":"object","required":["group","items"],"properties":{"group":{"minLength":1,"maxLength":20000,"type":"string","description":"The heading of a group of responsibilities."},"items":{"minItems":1,"description":"The responsibilities under that heading.","type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"}}}}}},"decisionRights":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Decisions the role makes on its own."},"accountabilities":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Outcomes the role answers for."},"deliverables":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"What the role produces."},"kpis":{"description":"How the role’s success is measured: a name, or a name with a target.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"minLength":1,"maxLength":20000,"type":"string"},"else":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"What is measured."},"target":{"minLength":1,"maxLength":20000,"type":"string","description":"The value aimed for, e.g. under 2%."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"How it is measured, and why."}}}}},"processes":{"description":"Processes and SOPs the role drives.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"minLength":1,"maxLength":20000,"type":"string"},"else":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The name, as people say it."},"url":{"pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://.","type":"string"},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"Anything a reader should know about it."}}}}},"standards":{"description":"Standards the role follows and upholds.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"minLength":1,"maxLength":20000,"type":"string"},"else":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The name, as people say it."},"url":{"pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://.","type":"string"},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"Anything a reader should know about it."}}}}},"templates":{"description":"Templates the role uses or maintains.","type":"array","items":{"type":["string","object"],"if":{"type":"string"},"then":{"minLength":1,"maxLength":20000,"type":"string"},"else":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The name, as people say it."},"url":{"pattern":"^https?://","description":"Where to read it: a web address starting with http:// or https://.","type":"string"},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"Anything a reader should know about it."}}}}},"antiGoals":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"What the role is not for; anti-patterns to avoid."},"qualifications":{"additionalProperties":false,"description":"What a person needs to hold the role.","type":"object","properties":{"required":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Qualifications a candidate must have."},"preferred":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Qualifications that help."}}},"employment":{"additionalProperties":false,"description":"How the role is employed: what a job posting needs beyond the role itself.","type":"object","properties":{"type":{"description":"The kind of employment (schema.org employmentType).","enum":["FULL_TIME","PART_TIME","CONTRACTOR","TEMPORARY","INTERN"]},"location":{"minLength":1,"maxLength":20000,"type":"string","description":"Where the work is, in words, e.g. \"Berlin, Germany\"; printed instead of the address."},"address":{"additionalProperties":false,"description":"The workplace as a postal address (the posting's jobLocation).","type":"object","required":["country"],"properties":{"street":{"minLength":1,"maxLength":20000,"type":"string","description":"Street and number."},"locality":{"minLength":1,"maxLength":20000,"type":"string","description":"The city or town."},"region":{"minLength":1,"maxLength":20000,"type":"string","description":"The state, province or region."},"postalCode":{"minLength":1,"maxLength":20000,"type":"string","description":"The postal code."},"country":{"pattern":"^[A-Z]{2}$","description":"An ISO 3166-1 alpha-2 country code, e.g. \"DE\".","type":"string"}}},"remote":{"description":"The role is fully remote (jobLocationType TELECOMMUTE).","type":"boolean"},"remoteCountries":{"minItems":1,"description":"For a remote role: the countries applicants may live in.","type":"array","items":{"pattern":"^[A-Z]{2}$","description":"An ISO 3166-1 alpha-2 country code, e.g. \"DE\".","type":"string"}},"datePosted":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"When the posting opens; the model date when not given.","type":"string"},"validThrough":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"When the posting closes.","type":"string"},"salary":{"additionalProperties":false,"description":"Base salary: a single value, or a range (min and max).","anyOf":[{"required":["value"]},{"required":["min"]},{"required":["max"]}],"type":"object","required":["currency","unit"],"properties":{"currency":{"pattern":"^[A-Z]{3}$","description":"ISO 4217, e.g. \"EUR\".","type":"string"},"value":{"minimum":0,"description":"A single amount.","type":"number"},"min":{"minimum":0,"description":"The lower end of a range.","type":"number"},"max":{"minimum":0,"description":"The upper end of a range.","type":"number"},"unit":{"description":"What the amount is paid for.","enum":["HOUR","DAY","WEEK","MONTH","YEAR"]}}}}},"github":{"additionalProperties":false,"description":"The GitHub team that stands for this role, for CODEOWNERS and onboarding access.","type":"object","required":["team"],"properties":{"team":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The slug of the GitHub team that stands for this role: lowercase letters, digits and single hyphens, as GitHub makes it from the team name.","type":"string"},"parent":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The slug of the parent team; `rolekit github teams --create-teams` creates the team under it.","type":"string"},"maintainers":{"uniqueItems":true,"description":"Roles whose holders maintain this role's team (e.g. the role's lead); team sync makes them maintainers.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\".","type":"string"}}}},"jira":{"additionalProperties":false,"description":"Who holds this role in Jira: a project role or a group (one of the two).","minProperties":1,"maxProperties":1,"type":"object","properties":{"projectRole":{"minLength":1,"maxLength":20000,"type":"string","description":"The name of a Jira project role, e.g. QA Engineers."},"group":{"minLength":1,"maxLength":20000,"type":"string","description":"The name of a Jira group, e.g. jira-qa."}}},"onboarding":{"additionalProperties":false,"description":"What a new holder of this role does first, beyond what every new hire does.","type":"object","properties":{"tasks":{"description":"Onboarding tasks for this role.","type":"array","items":{"additionalProperties":false,"type":"object","required":["title","phase"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id for the task, so that a ticked box survives a change of title.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"What to do, as the checklist says it."},"phase":{"description":"When an onboarding task is due, counted from the start date.","enum":["before-day-1","day-1","week-1","day-30","day-60","day-90"]},"owner":{"pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).","type":"string","default":"new-hire"},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"More about the task: why, how, with whom."},"links":{"description":"Pages that help with the task.","type":"array","items":{"additionalProperties":false,"type":"object","required":["title","url"],"properties":{"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The text of the link."},"url":{"pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://.","type":"string"}}}}}}}}},"sources":{"description":"Where this role comes from; say so when roles were merged.","type":"array","items":{"additionalProperties":false,"type":"object","required":["document"],"properties":{"document":{"minLength":1,"maxLength":20000,"type":"string","description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"minLength":1,"maxLength":20000,"type":"string","description":"The section or page of that document."},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"What was taken from it, merged or changed."}}}},"links":{"description":"Pages about the role.","type":"array","items":{"additionalProperties":false,"type":"object","required":["title","url"],"properties":{"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The text of the link."},"url":{"pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://.","type":"string"}}}}}};
const pattern33 = new RegExp("^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$", "u");

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
if(!(func1.call(schema32.properties, key0))){
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
if(data0.length > 64){
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
if(data1.length > 20000){
validate21.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data1.length < 1){
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
if(data2.length > 64){
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
if(data5.length > 20000){
validate21.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data5.length < 1){
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
if(data6.length > 20000){
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data6.length < 1){
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
if(data7.length > 20000){
validate21.errors = [{instancePath:instancePath+"/mission",schemaPath:"#/properties/mission/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data7.length < 1){
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
if(data8.length > 64){
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
if(data11.length > 64){
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
if(data12.length > 20000){
validate21.errors = [{instancePath:instancePath+"/partners/" + i1+"/for",schemaPath:"#/properties/partners/items/properties/for/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data12.length < 1){
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
if(data14.length > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2,schemaPath:"#/properties/responsibilities/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data14.length < 1){
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
if(data15.length > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/group",schemaPath:"#/properties/responsibilities/items/else/properties/group/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data15.length < 1){
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
if(data17.length > 20000){
validate21.errors = [{instancePath:instancePath+"/responsibilities/" + i2+"/items/" + i3,schemaPath:"#/properties/responsibilities/items/else/properties/items/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data17.length < 1){
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
if(data19.length > 20000){
validate21.errors = [{instancePath:instancePath+"/decisionRights/" + i4,schemaPath:"#/properties/decisionRights/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data19.length < 1){
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
if(data21.length > 20000){
validate21.errors = [{instancePath:instancePath+"/accountabilities/" + i5,schemaPath:"#/properties/accountabilities/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data21.length < 1){
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
if(data23.length > 20000){
validate21.errors = [{instancePath:instancePath+"/deliverables/" + i6,schemaPath:"#/properties/deliverables/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data23.length < 1){
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
if(data25.length > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7,schemaPath:"#/properties/kpis/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data25.length < 1){
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
if(data26.length > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/name",schemaPath:"#/properties/kpis/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data26.length < 1){
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
if(data27.length > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/target",schemaPath:"#/properties/kpis/items/else/properties/target/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data27.length < 1){
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
if(data28.length > 20000){
validate21.errors = [{instancePath:instancePath+"/kpis/" + i7+"/description",schemaPath:"#/properties/kpis/items/else/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data28.length < 1){
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
if(data30.length > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8,schemaPath:"#/properties/processes/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data30.length < 1){
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
if(data31.length > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/name",schemaPath:"#/properties/processes/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data31.length < 1){
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
if(data33.length > 20000){
validate21.errors = [{instancePath:instancePath+"/processes/" + i8+"/note",schemaPath:"#/properties/processes/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data33.length < 1){
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
if(data35.length > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9,schemaPath:"#/properties/standards/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data35.length < 1){
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
if(data36.length > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/name",schemaPath:"#/properties/standards/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data36.length < 1){
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
if(data38.length > 20000){
validate21.errors = [{instancePath:instancePath+"/standards/" + i9+"/note",schemaPath:"#/properties/standards/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data38.length < 1){
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
if(data40.length > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10,schemaPath:"#/properties/templates/items/then/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data40.length < 1){
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
if(data41.length > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/name",schemaPath:"#/properties/templates/items/else/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data41.length < 1){
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
if(data43.length > 20000){
validate21.errors = [{instancePath:instancePath+"/templates/" + i10+"/note",schemaPath:"#/properties/templates/items/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data43.length < 1){
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
if(data45.length > 20000){
validate21.errors = [{instancePath:instancePath+"/antiGoals/" + i11,schemaPath:"#/properties/antiGoals/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data45.length < 1){
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
if(data48.length > 20000){
validate21.errors = [{instancePath:instancePath+"/qualifications/required/" + i12,schemaPath:"#/properties/qualifications/properties/required/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data48.length < 1){
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
if(data50.length > 20000){
validate21.errors = [{instancePath:instancePath+"/qualifications/preferred/" + i13,schemaPath:"#/properties/qualifications/properties/preferred/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data50.length < 1){
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
if(!((((((((key8 === "type") || (key8 === "location")) || (key8 === "address")) || (key8 === "remote")) || (key8 === "remoteCountries")) || (key8 === "datePosted")) || (key8 === "validThrough")) || (key8 === "salary"))){
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
if(data53.length > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/location",schemaPath:"#/properties/employment/properties/location/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data53.length < 1){
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
if(data51.address !== undefined){
let data54 = data51.address;
const _errs151 = errors;
if(errors === _errs151){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing7;
if((data54.country === undefined) && (missing7 = "country")){
validate21.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs153 = errors;
for(const key9 in data54){
if(!(((((key9 === "street") || (key9 === "locality")) || (key9 === "region")) || (key9 === "postalCode")) || (key9 === "country"))){
validate21.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs153 === errors){
if(data54.street !== undefined){
let data55 = data54.street;
const _errs154 = errors;
if(errors === _errs154){
if(typeof data55 === "string"){
if(data55.length > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data55.length < 1){
validate21.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address/street",schemaPath:"#/properties/employment/properties/address/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs154 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data54.locality !== undefined){
let data56 = data54.locality;
const _errs156 = errors;
if(errors === _errs156){
if(typeof data56 === "string"){
if(data56.length > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data56.length < 1){
validate21.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address/locality",schemaPath:"#/properties/employment/properties/address/properties/locality/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs156 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data54.region !== undefined){
let data57 = data54.region;
const _errs158 = errors;
if(errors === _errs158){
if(typeof data57 === "string"){
if(data57.length > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data57.length < 1){
validate21.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address/region",schemaPath:"#/properties/employment/properties/address/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs158 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data54.postalCode !== undefined){
let data58 = data54.postalCode;
const _errs160 = errors;
if(errors === _errs160){
if(typeof data58 === "string"){
if(data58.length > 20000){
validate21.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data58.length < 1){
validate21.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address/postalCode",schemaPath:"#/properties/employment/properties/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs160 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data54.country !== undefined){
let data59 = data54.country;
const _errs162 = errors;
if(errors === _errs162){
if(typeof data59 === "string"){
if(!pattern8.test(data59)){
validate21.errors = [{instancePath:instancePath+"/employment/address/country",schemaPath:"#/properties/employment/properties/address/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address/country",schemaPath:"#/properties/employment/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs162 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/address",schemaPath:"#/properties/employment/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid27 = _errs151 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.remote !== undefined){
const _errs164 = errors;
if(typeof data51.remote !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/employment/remote",schemaPath:"#/properties/employment/properties/remote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid27 = _errs164 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.remoteCountries !== undefined){
let data61 = data51.remoteCountries;
const _errs166 = errors;
if(errors === _errs166){
if(Array.isArray(data61)){
if(data61.length < 1){
validate21.errors = [{instancePath:instancePath+"/employment/remoteCountries",schemaPath:"#/properties/employment/properties/remoteCountries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid29 = true;
const len14 = data61.length;
for(let i14=0; i14<len14; i14++){
let data62 = data61[i14];
const _errs168 = errors;
if(errors === _errs168){
if(typeof data62 === "string"){
if(!pattern8.test(data62)){
validate21.errors = [{instancePath:instancePath+"/employment/remoteCountries/" + i14,schemaPath:"#/properties/employment/properties/remoteCountries/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/remoteCountries/" + i14,schemaPath:"#/properties/employment/properties/remoteCountries/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid29 = _errs168 === errors;
if(!valid29){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/remoteCountries",schemaPath:"#/properties/employment/properties/remoteCountries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid27 = _errs166 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.datePosted !== undefined){
let data63 = data51.datePosted;
const _errs170 = errors;
if(errors === _errs170){
if(typeof data63 === "string"){
if(!pattern4.test(data63)){
validate21.errors = [{instancePath:instancePath+"/employment/datePosted",schemaPath:"#/properties/employment/properties/datePosted/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/datePosted",schemaPath:"#/properties/employment/properties/datePosted/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs170 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.validThrough !== undefined){
let data64 = data51.validThrough;
const _errs172 = errors;
if(errors === _errs172){
if(typeof data64 === "string"){
if(!pattern4.test(data64)){
validate21.errors = [{instancePath:instancePath+"/employment/validThrough",schemaPath:"#/properties/employment/properties/validThrough/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/validThrough",schemaPath:"#/properties/employment/properties/validThrough/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs172 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data51.salary !== undefined){
let data65 = data51.salary;
const _errs174 = errors;
const _errs176 = errors;
let valid30 = false;
const _errs177 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing8;
if((data65.value === undefined) && (missing8 = "value")){
const err10 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid5 = _errs177 === errors;
valid30 = valid30 || _valid5;
const _errs178 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing9;
if((data65.min === undefined) && (missing9 = "min")){
const err11 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid5 = _errs178 === errors;
valid30 = valid30 || _valid5;
const _errs179 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing10;
if((data65.max === undefined) && (missing10 = "max")){
const err12 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf/2/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid5 = _errs179 === errors;
valid30 = valid30 || _valid5;
if(!valid30){
const err13 = {instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
}
if(errors === _errs174){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing11;
if(((data65.currency === undefined) && (missing11 = "currency")) || ((data65.unit === undefined) && (missing11 = "unit"))){
validate21.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs180 = errors;
for(const key10 in data65){
if(!(((((key10 === "currency") || (key10 === "value")) || (key10 === "min")) || (key10 === "max")) || (key10 === "unit"))){
validate21.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs180 === errors){
if(data65.currency !== undefined){
let data66 = data65.currency;
const _errs181 = errors;
if(errors === _errs181){
if(typeof data66 === "string"){
if(!pattern12.test(data66)){
validate21.errors = [{instancePath:instancePath+"/employment/salary/currency",schemaPath:"#/properties/employment/properties/salary/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/salary/currency",schemaPath:"#/properties/employment/properties/salary/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs181 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data65.value !== undefined){
let data67 = data65.value;
const _errs183 = errors;
if(errors === _errs183){
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
validate21.errors = [{instancePath:instancePath+"/employment/salary/value",schemaPath:"#/properties/employment/properties/salary/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/salary/value",schemaPath:"#/properties/employment/properties/salary/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid31 = _errs183 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data65.min !== undefined){
let data68 = data65.min;
const _errs185 = errors;
if(errors === _errs185){
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < 0 || isNaN(data68)){
validate21.errors = [{instancePath:instancePath+"/employment/salary/min",schemaPath:"#/properties/employment/properties/salary/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/salary/min",schemaPath:"#/properties/employment/properties/salary/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid31 = _errs185 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data65.max !== undefined){
let data69 = data65.max;
const _errs187 = errors;
if(errors === _errs187){
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
validate21.errors = [{instancePath:instancePath+"/employment/salary/max",schemaPath:"#/properties/employment/properties/salary/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/salary/max",schemaPath:"#/properties/employment/properties/salary/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid31 = _errs187 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data65.unit !== undefined){
let data70 = data65.unit;
const _errs189 = errors;
if(!(((((data70 === "HOUR") || (data70 === "DAY")) || (data70 === "WEEK")) || (data70 === "MONTH")) || (data70 === "YEAR"))){
validate21.errors = [{instancePath:instancePath+"/employment/salary/unit",schemaPath:"#/properties/employment/properties/salary/properties/unit/enum",keyword:"enum",params:{allowedValues: schema32.properties.employment.properties.salary.properties.unit.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid31 = _errs189 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/employment/salary",schemaPath:"#/properties/employment/properties/salary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid27 = _errs174 === errors;
}
else {
var valid27 = true;
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
let data71 = data.github;
const _errs190 = errors;
if(errors === _errs190){
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
let missing12;
if((data71.team === undefined) && (missing12 = "team")){
validate21.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs192 = errors;
for(const key11 in data71){
if(!(((key11 === "team") || (key11 === "parent")) || (key11 === "maintainers"))){
validate21.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs192 === errors){
if(data71.team !== undefined){
let data72 = data71.team;
const _errs193 = errors;
if(errors === _errs193){
if(typeof data72 === "string"){
if(data72.length > 64){
validate21.errors = [{instancePath:instancePath+"/github/team",schemaPath:"#/properties/github/properties/team/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data72)){
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
var valid32 = _errs193 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data71.parent !== undefined){
let data73 = data71.parent;
const _errs195 = errors;
if(errors === _errs195){
if(typeof data73 === "string"){
if(data73.length > 64){
validate21.errors = [{instancePath:instancePath+"/github/parent",schemaPath:"#/properties/github/properties/parent/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data73)){
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
var valid32 = _errs195 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data71.maintainers !== undefined){
let data74 = data71.maintainers;
const _errs197 = errors;
if(errors === _errs197){
if(Array.isArray(data74)){
var valid33 = true;
const len15 = data74.length;
for(let i15=0; i15<len15; i15++){
let data75 = data74[i15];
const _errs199 = errors;
if(errors === _errs199){
if(typeof data75 === "string"){
if(data75.length > 64){
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i15,schemaPath:"#/properties/github/properties/maintainers/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data75)){
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i15,schemaPath:"#/properties/github/properties/maintainers/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/maintainers/" + i15,schemaPath:"#/properties/github/properties/maintainers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid33 = _errs199 === errors;
if(!valid33){
break;
}
}
if(valid33){
let i16 = data74.length;
let j0;
if(i16 > 1){
const indices0 = {};
for(;i16--;){
let item0 = data74[i16];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate21.errors = [{instancePath:instancePath+"/github/maintainers",schemaPath:"#/properties/github/properties/maintainers/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i16+" are identical)"}];
return false;
break;
}
indices0[item0] = i16;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/github/maintainers",schemaPath:"#/properties/github/properties/maintainers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid32 = _errs197 === errors;
}
else {
var valid32 = true;
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
var valid0 = _errs190 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jira !== undefined){
let data76 = data.jira;
const _errs201 = errors;
if(errors === _errs201){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(Object.keys(data76).length > 1){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data76).length < 1){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs203 = errors;
for(const key12 in data76){
if(!((key12 === "projectRole") || (key12 === "group"))){
validate21.errors = [{instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs203 === errors){
if(data76.projectRole !== undefined){
let data77 = data76.projectRole;
const _errs204 = errors;
if(errors === _errs204){
if(typeof data77 === "string"){
if(data77.length > 20000){
validate21.errors = [{instancePath:instancePath+"/jira/projectRole",schemaPath:"#/properties/jira/properties/projectRole/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data77.length < 1){
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
var valid35 = _errs204 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data76.group !== undefined){
let data78 = data76.group;
const _errs206 = errors;
if(errors === _errs206){
if(typeof data78 === "string"){
if(data78.length > 20000){
validate21.errors = [{instancePath:instancePath+"/jira/group",schemaPath:"#/properties/jira/properties/group/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data78.length < 1){
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
var valid35 = _errs206 === errors;
}
else {
var valid35 = true;
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
var valid0 = _errs201 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onboarding !== undefined){
let data79 = data.onboarding;
const _errs208 = errors;
if(errors === _errs208){
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
const _errs210 = errors;
for(const key13 in data79){
if(!(key13 === "tasks")){
validate21.errors = [{instancePath:instancePath+"/onboarding",schemaPath:"#/properties/onboarding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs210 === errors){
if(data79.tasks !== undefined){
let data80 = data79.tasks;
const _errs211 = errors;
if(errors === _errs211){
if(Array.isArray(data80)){
var valid37 = true;
const len16 = data80.length;
for(let i17=0; i17<len16; i17++){
let data81 = data80[i17];
const _errs213 = errors;
if(errors === _errs213){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing13;
if(((data81.title === undefined) && (missing13 = "title")) || ((data81.phase === undefined) && (missing13 = "phase"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs215 = errors;
for(const key14 in data81){
if(!((((((key14 === "id") || (key14 === "title")) || (key14 === "phase")) || (key14 === "owner")) || (key14 === "description")) || (key14 === "links"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs215 === errors){
if(data81.id !== undefined){
let data82 = data81.id;
const _errs216 = errors;
if(errors === _errs216){
if(typeof data82 === "string"){
if(data82.length > 64){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern6.test(data82)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/id",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs216 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data81.title !== undefined){
let data83 = data81.title;
const _errs218 = errors;
if(errors === _errs218){
if(typeof data83 === "string"){
if(data83.length > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data83.length < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs218 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data81.phase !== undefined){
let data84 = data81.phase;
const _errs220 = errors;
if(!((((((data84 === "before-day-1") || (data84 === "day-1")) || (data84 === "week-1")) || (data84 === "day-30")) || (data84 === "day-60")) || (data84 === "day-90"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/phase",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/phase/enum",keyword:"enum",params:{allowedValues: schema32.properties.onboarding.properties.tasks.items.properties.phase.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid38 = _errs220 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data81.owner !== undefined){
let data85 = data81.owner;
const _errs221 = errors;
if(errors === _errs221){
if(typeof data85 === "string"){
if(!pattern33.test(data85)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/owner",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/owner/pattern",keyword:"pattern",params:{pattern: "^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"},message:"must match pattern \""+"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/owner",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs221 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data81.description !== undefined){
let data86 = data81.description;
const _errs223 = errors;
if(errors === _errs223){
if(typeof data86 === "string"){
if(data86.length > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data86.length < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/description",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs223 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data81.links !== undefined){
let data87 = data81.links;
const _errs225 = errors;
if(errors === _errs225){
if(Array.isArray(data87)){
var valid39 = true;
const len17 = data87.length;
for(let i18=0; i18<len17; i18++){
let data88 = data87[i18];
const _errs227 = errors;
if(errors === _errs227){
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
let missing14;
if(((data88.title === undefined) && (missing14 = "title")) || ((data88.url === undefined) && (missing14 = "url"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs229 = errors;
for(const key15 in data88){
if(!((key15 === "title") || (key15 === "url"))){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs229 === errors){
if(data88.title !== undefined){
let data89 = data88.title;
const _errs230 = errors;
if(errors === _errs230){
if(typeof data89 === "string"){
if(data89.length > 20000){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data89.length < 1){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18+"/title",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs230 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data88.url !== undefined){
let data90 = data88.url;
const _errs232 = errors;
if(errors === _errs232){
if(typeof data90 === "string"){
if(!pattern5.test(data90)){
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18+"/url",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18+"/url",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs232 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links/" + i18,schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid39 = _errs227 === errors;
if(!valid39){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17+"/links",schemaPath:"#/properties/onboarding/properties/tasks/items/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid38 = _errs225 === errors;
}
else {
var valid38 = true;
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
validate21.errors = [{instancePath:instancePath+"/onboarding/tasks/" + i17,schemaPath:"#/properties/onboarding/properties/tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid37 = _errs213 === errors;
if(!valid37){
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
var valid0 = _errs208 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sources !== undefined){
let data91 = data.sources;
const _errs234 = errors;
if(errors === _errs234){
if(Array.isArray(data91)){
var valid41 = true;
const len18 = data91.length;
for(let i19=0; i19<len18; i19++){
let data92 = data91[i19];
const _errs236 = errors;
if(errors === _errs236){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
let missing15;
if((data92.document === undefined) && (missing15 = "document")){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs238 = errors;
for(const key16 in data92){
if(!(((key16 === "document") || (key16 === "section")) || (key16 === "note"))){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs238 === errors){
if(data92.document !== undefined){
let data93 = data92.document;
const _errs239 = errors;
if(errors === _errs239){
if(typeof data93 === "string"){
if(data93.length > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/document",schemaPath:"#/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data93.length < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/document",schemaPath:"#/properties/sources/items/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/document",schemaPath:"#/properties/sources/items/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs239 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data92.section !== undefined){
let data94 = data92.section;
const _errs241 = errors;
if(errors === _errs241){
if(typeof data94 === "string"){
if(data94.length > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/section",schemaPath:"#/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data94.length < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/section",schemaPath:"#/properties/sources/items/properties/section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/section",schemaPath:"#/properties/sources/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs241 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data92.note !== undefined){
let data95 = data92.note;
const _errs243 = errors;
if(errors === _errs243){
if(typeof data95 === "string"){
if(data95.length > 20000){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/note",schemaPath:"#/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data95.length < 1){
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/note",schemaPath:"#/properties/sources/items/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i19+"/note",schemaPath:"#/properties/sources/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs243 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources/" + i19,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs236 === errors;
if(!valid41){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs234 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.links !== undefined){
let data96 = data.links;
const _errs245 = errors;
if(errors === _errs245){
if(Array.isArray(data96)){
var valid43 = true;
const len19 = data96.length;
for(let i20=0; i20<len19; i20++){
let data97 = data96[i20];
const _errs247 = errors;
if(errors === _errs247){
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
let missing16;
if(((data97.title === undefined) && (missing16 = "title")) || ((data97.url === undefined) && (missing16 = "url"))){
validate21.errors = [{instancePath:instancePath+"/links/" + i20,schemaPath:"#/properties/links/items/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
const _errs249 = errors;
for(const key17 in data97){
if(!((key17 === "title") || (key17 === "url"))){
validate21.errors = [{instancePath:instancePath+"/links/" + i20,schemaPath:"#/properties/links/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs249 === errors){
if(data97.title !== undefined){
let data98 = data97.title;
const _errs250 = errors;
if(errors === _errs250){
if(typeof data98 === "string"){
if(data98.length > 20000){
validate21.errors = [{instancePath:instancePath+"/links/" + i20+"/title",schemaPath:"#/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data98.length < 1){
validate21.errors = [{instancePath:instancePath+"/links/" + i20+"/title",schemaPath:"#/properties/links/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i20+"/title",schemaPath:"#/properties/links/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid44 = _errs250 === errors;
}
else {
var valid44 = true;
}
if(valid44){
if(data97.url !== undefined){
let data99 = data97.url;
const _errs252 = errors;
if(errors === _errs252){
if(typeof data99 === "string"){
if(!pattern5.test(data99)){
validate21.errors = [{instancePath:instancePath+"/links/" + i20+"/url",schemaPath:"#/properties/links/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i20+"/url",schemaPath:"#/properties/links/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid44 = _errs252 === errors;
}
else {
var valid44 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links/" + i20,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid43 = _errs247 === errors;
if(!valid43){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs245 === errors;
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
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/people.schema.json","title":"rolekit people","description":"people.yaml: the current owners of the roles, kept apart from the roles themselves.","additionalProperties":false,"type":"object","required":["people"],"properties":{"people":{"description":"Everyone who holds a role.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","roles"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The person’s id, which manager, buddy and onboarding name: lowercase letters, digits and hyphens.","type":"string"},"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The person’s name."},"email":{"pattern":"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$","maxLength":254,"description":"An email address, e.g. ana@example.com.","type":"string"},"github":{"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"The person’s GitHub login, without the @.","type":"string"},"jiraAccountId":{"pattern":"^[A-Za-z0-9:_-]{1,128}$","description":"The person’s Jira Cloud account id: letters, digits, colons, hyphens and underscores.","type":"string"},"roles":{"minItems":1,"description":"The roles this person holds.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/).","type":"string"}},"manager":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of this person’s manager.","type":"string"},"buddy":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of this person’s onboarding buddy.","type":"string"},"startDate":{"pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"First working day, for new hires: onboarding dates count from it.","type":"string"}}}}}};
const pattern37 = new RegExp("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "u");
const pattern39 = new RegExp("^[A-Za-z0-9:_-]{1,128}$", "u");

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
if(!(func1.call(schema33.properties.people.items.properties, key1))){
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
if(data2.length > 64){
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
if(data3.length > 20000){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data3.length < 1){
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
if(data4.length > 254){
validate22.errors = [{instancePath:instancePath+"/people/" + i0+"/email",schemaPath:"#/properties/people/items/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"}];
return false;
}
else {
if(!pattern37.test(data4)){
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
if(!pattern39.test(data6)){
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
if(data8.length > 64){
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
if(data9.length > 64){
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
if(data10.length > 64){
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
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/activities.schema.json","title":"rolekit activities","description":"activities.yaml: processes, phases and scenarios, each activity with a RACI assignment per role.","additionalProperties":false,"type":"object","required":["groups"],"properties":{"groups":{"description":"Activities in groups: a process, a phase of one, or a scenario.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","title","activities"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The group’s id: lowercase letters, digits and hyphens.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The group’s name, as the RACI matrix prints it."},"kind":{"description":"What the group is: a process, a phase of one, or a scenario.","enum":["process","phase","scenario"]},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"What the group covers."},"sources":{"description":"Where the group comes from.","type":"array","items":{"additionalProperties":false,"type":"object","required":["document"],"properties":{"document":{"minLength":1,"maxLength":20000,"type":"string","description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"minLength":1,"maxLength":20000,"type":"string","description":"The section or page of that document."},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"What was taken from it, merged or changed."}}}},"activities":{"description":"The activities of the group, in order.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","title","raci"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The activity’s id, unique across all groups; policies and `rolekit raci explain` name it.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The activity’s name, as the RACI matrix prints it."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"What the activity is."},"raci":{"type":"object","description":"role id: letter (or { letter, note }).","propertyNames":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\".","type":"string"},"additionalProperties":{"type":["string","object"],"if":{"type":"string"},"then":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."},"else":{"additionalProperties":false,"type":"object","required":["letter"],"properties":{"letter":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"Why this role holds this letter, or what exactly it does."}}}}},"others":{"type":"object","description":"Parties that are not roles, by letter, e.g. { I: [Relevant stakeholders] }.","propertyNames":{"enum":["R","A","C","I","S","V"]},"additionalProperties":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"}}}}}}}}}}};

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
if(data2.length > 64){
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
if(data3.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/properties/groups/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data3.length < 1){
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
if(data5.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/properties/groups/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data5.length < 1){
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
if(data8.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/groups/items/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data8.length < 1){
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
if(data9.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/groups/items/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data9.length < 1){
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
if(data10.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/groups/items/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data10.length < 1){
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
if(data13.length > 64){
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
if(data14.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/title",schemaPath:"#/properties/groups/items/properties/activities/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data14.length < 1){
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
if(data15.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/description",schemaPath:"#/properties/groups/items/properties/activities/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data15.length < 1){
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
if(key4.length > 64){
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
if(data19.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/raci/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/groups/items/properties/activities/items/properties/raci/additionalProperties/else/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data19.length < 1){
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
if(data22.length > 20000){
validate23.errors = [{instancePath:instancePath+"/groups/" + i0+"/activities/" + i2+"/others/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/groups/items/properties/activities/items/properties/others/additionalProperties/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data22.length < 1){
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
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/codeowners.schema.json","title":"rolekit code ownership","description":"codeowners.yaml: which roles own which paths in which repositories.","additionalProperties":false,"type":"object","required":["repositories"],"properties":{"repositories":{"description":"The repositories in the GitHub organisation whose CODEOWNERS rolekit writes.","type":"array","items":{"additionalProperties":false,"type":"object","required":["name","rules"],"properties":{"name":{"pattern":"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$","type":"string","description":"Repository name in the org. GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"What the repository holds."},"sections":{"description":"GitLab sections, referenced by rules.","type":"array","items":{"additionalProperties":false,"type":"object","required":["name"],"properties":{"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The section’s name, as rules name it in `section`."},"optional":{"description":"GitLab: approval from this section is optional (^[Section]).","type":"boolean"},"approvals":{"minimum":1,"maximum":50,"description":"GitLab: number of approvals required.","type":"integer"}}}},"rules":{"description":"Ownership rules, in CODEOWNERS order: the last rule that matches a path wins.","type":"array","items":{"additionalProperties":false,"type":"object","required":["pattern","owners"],"properties":{"pattern":{"minLength":1,"maxLength":1000,"description":"A CODEOWNERS path pattern, e.g. /src/ or *.md.","type":"string"},"owners":{"minItems":1,"description":"The ids of the roles that own the paths; their GitHub teams (or holders) are written.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/).","type":"string"}},"section":{"minLength":1,"maxLength":20000,"type":"string","description":"GitLab: the name of the section the rule belongs to."},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"Why these roles own these paths; written as a comment."}}}}}}}}};
const pattern47 = new RegExp("^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$", "u");

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
if(!pattern47.test(data2)){
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
if(data3.length > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/description",schemaPath:"#/properties/repositories/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data3.length < 1){
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
if(data6.length > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/sections/" + i1+"/name",schemaPath:"#/properties/repositories/items/properties/sections/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data6.length < 1){
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
if(data11.length > 1000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/pattern",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(data11.length < 1){
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
if(data13.length > 64){
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
if(data14.length > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/section",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data14.length < 1){
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
if(data15.length > 20000){
validate24.errors = [{instancePath:instancePath+"/repositories/" + i0+"/rules/" + i2+"/note",schemaPath:"#/properties/repositories/items/properties/rules/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data15.length < 1){
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
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/jira.schema.json","title":"rolekit Jira","description":"jira.yaml: the Jira site, its projects, capability bundles and the permission schemes roles receive.","additionalProperties":false,"type":"object","required":["site"],"properties":{"site":{"pattern":"^https://","description":"The Jira Cloud site: a web address starting with https://, e.g. https://example.atlassian.net.","type":"string"},"bundles":{"type":"object","description":"Capability bundles: a readable name for a set of permission keys.","propertyNames":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\".","type":"string"},"additionalProperties":{"additionalProperties":false,"type":"object","required":["permissions"],"properties":{"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The bundle’s readable name."},"permissions":{"minItems":1,"description":"Jira permission keys, or ids of other bundles.","type":"array","items":{"pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues).","type":"string"}}}}},"projects":{"description":"The Jira projects, each with the permission scheme it uses.","type":"array","items":{"additionalProperties":false,"type":"object","required":["key","name","scheme"],"properties":{"key":{"pattern":"^[A-Z][A-Z0-9_]{1,9}$","description":"The project key: 2 to 10 capital letters, digits or underscores, starting with a letter.","type":"string"},"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The project’s name in Jira."},"scheme":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a scheme under `schemes`.","type":"string"},"production":{"description":"Changes in this project change production.","type":"boolean"}}}},"schemes":{"description":"Permission schemes: which roles get which permissions.","type":"array","items":{"additionalProperties":false,"type":"object","required":["id","name","grants"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The scheme’s id, which projects name in `scheme`.","type":"string"},"name":{"minLength":1,"maxLength":20000,"type":"string","description":"The scheme’s name in Jira; rolekit finds the scheme by it."},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"The scheme’s description in Jira."},"grants":{"description":"One grant per role.","type":"array","items":{"additionalProperties":false,"type":"object","required":["role","permissions"],"properties":{"role":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of the role granted the permissions; it needs `jira` in its file.","type":"string"},"permissions":{"minItems":1,"description":"Jira permission keys or bundle ids.","type":"array","items":{"pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues).","type":"string"}}}}}}}}}};
const pattern49 = new RegExp("^https://", "u");
const pattern51 = new RegExp("^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$", "u");
const pattern52 = new RegExp("^[A-Z][A-Z0-9_]{1,9}$", "u");

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
if(!pattern49.test(data0)){
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
if(key1.length > 64){
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
if(data3.length > 20000){
validate25.errors = [{instancePath:instancePath+"/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/properties/bundles/additionalProperties/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data3.length < 1){
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
if(!pattern51.test(data5)){
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
if(!pattern52.test(data8)){
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
if(data9.length > 20000){
validate25.errors = [{instancePath:instancePath+"/projects/" + i1+"/name",schemaPath:"#/properties/projects/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data9.length < 1){
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
if(data10.length > 64){
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
if(data14.length > 64){
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
if(data15.length > 20000){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/name",schemaPath:"#/properties/schemes/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data15.length < 1){
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
if(data16.length > 20000){
validate25.errors = [{instancePath:instancePath+"/schemes/" + i2+"/description",schemaPath:"#/properties/schemes/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data16.length < 1){
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
if(data19.length > 64){
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
if(!pattern51.test(data21)){
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
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/policies.schema.json","title":"rolekit policies","description":"policies.yaml: separation-of-duties, two-person and approval rules, checked against roles, people, RACI and Jira.","additionalProperties":false,"type":"object","required":["policies"],"properties":{"policies":{"description":"The rules the model must keep; `rolekit validate` reports each one broken.","type":"array","items":{"additionalProperties":false,"allOf":[{"if":{"properties":{"type":{"const":"separation-of-duties"}}},"then":{"required":["roles"]}},{"if":{"properties":{"type":{"const":"two-person"}}},"then":{"required":["activities"]}},{"if":{"properties":{"type":{"const":"approval"}}},"then":{"required":["activities","approvers"]}}],"type":"object","required":["id","type","statement"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The policy’s id: lowercase letters, digits and hyphens.","type":"string"},"type":{"description":"separation-of-duties: restricted roles may not hold some activities, Jira permissions or other roles; two-person: the R and the A of an activity are two different people; approval: an approver role is Accountable.","enum":["separation-of-duties","two-person","approval"]},"statement":{"minLength":1,"maxLength":20000,"type":"string","description":"The policy as the organisation states it."},"sources":{"description":"Where the policy comes from.","type":"array","items":{"additionalProperties":false,"type":"object","required":["document"],"properties":{"document":{"minLength":1,"maxLength":20000,"type":"string","description":"The source document, e.g. \"Engineering playbook: Roles and Responsibilities\"."},"section":{"minLength":1,"maxLength":20000,"type":"string","description":"The section or page of that document."},"note":{"minLength":1,"maxLength":20000,"type":"string","description":"What was taken from it, merged or changed."}}}},"roles":{"minItems":1,"description":"separation-of-duties: the restricted roles.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/).","type":"string"}},"conflictsWith":{"description":"separation-of-duties: roles no person may hold together with a restricted role.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/).","type":"string"}},"activities":{"minItems":1,"description":"The activities the policy is about.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id: lowercase letters, digits and single hyphens, e.g. \"release-manager\".","type":"string"}},"letters":{"description":"separation-of-duties: the letters the restricted roles may not hold on those activities (default R and A).","type":"array","items":{"type":"string","enum":["R","A","C","I","S","V"],"description":"R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS)."}},"jiraPermissions":{"description":"separation-of-duties: Jira permissions the restricted roles may not hold in production projects.","type":"array","items":{"pattern":"^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues).","type":"string"}},"approvers":{"minItems":1,"description":"approval: roles that may approve.","type":"array","items":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"The id of a role (the file name under roles/).","type":"string"}}}}}}};

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
if(!(func1.call(schema37.properties.policies.items.properties, key1))){
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
if(data5.length > 64){
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
if(data7.length > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/statement",schemaPath:"#/properties/policies/items/properties/statement/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data7.length < 1){
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
if(data10.length > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/document",schemaPath:"#/properties/policies/items/properties/sources/items/properties/document/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data10.length < 1){
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
if(data11.length > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/section",schemaPath:"#/properties/policies/items/properties/sources/items/properties/section/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data11.length < 1){
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
if(data12.length > 20000){
validate26.errors = [{instancePath:instancePath+"/policies/" + i0+"/sources/" + i1+"/note",schemaPath:"#/properties/policies/items/properties/sources/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data12.length < 1){
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
if(data14.length > 64){
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
if(data16.length > 64){
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
if(data18.length > 64){
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
if(!pattern51.test(data22)){
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
if(data24.length > 64){
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
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rolekit.dev/schema/v1/onboarding.schema.json","title":"rolekit onboarding","description":"onboarding.yaml: tasks every new hire gets, and where onboarding issues are published.","additionalProperties":false,"type":"object","properties":{"repository":{"pattern":"^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$","type":"string","description":"Repository (in the org) for onboarding issues. GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'."},"accessOwner":{"pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who grants new hires their GitHub team and Jira access: new-hire, manager, buddy or role:<role id>. Default: role:devops-engineer when the model has that role, else manager.","type":"string"},"labels":{"type":"array","items":{"minLength":1,"maxLength":20000,"type":"string"},"description":"Labels put on every onboarding issue."},"tasks":{"description":"Tasks every new hire gets, whatever their role.","type":"array","items":{"additionalProperties":false,"type":"object","required":["title","phase"],"properties":{"id":{"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","maxLength":64,"description":"A stable id for the task, so that a ticked box survives a change of title.","type":"string"},"title":{"minLength":1,"maxLength":20000,"type":"string","description":"What to do, as the checklist says it."},"phase":{"description":"When an onboarding task is due, counted from the start date.","enum":["before-day-1","day-1","week-1","day-30","day-60","day-90"]},"owner":{"pattern":"^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$","description":"Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).","type":"string","default":"new-hire"},"description":{"minLength":1,"maxLength":20000,"type":"string","description":"More about the task: why, how, with whom."},"links":{"description":"Pages that help with the task.","type":"array","items":{"additionalProperties":false,"type":"object","required":["title","url"],"properties":{"title":{"minLength":1,"maxLength":20000,"type":"string","description":"The text of the link."},"url":{"pattern":"^https?://","description":"Where it points: a web address starting with http:// or https://.","type":"string"}}}}}}}}};

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
if(!pattern47.test(data0)){
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
if(!pattern33.test(data1)){
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
if(data3.length > 20000){
validate27.errors = [{instancePath:instancePath+"/labels/" + i0,schemaPath:"#/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data3.length < 1){
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
if(data6.length > 64){
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
if(data7.length > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/title",schemaPath:"#/properties/tasks/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data7.length < 1){
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
if(!pattern33.test(data9)){
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
if(data10.length > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/description",schemaPath:"#/properties/tasks/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data10.length < 1){
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
if(data13.length > 20000){
validate27.errors = [{instancePath:instancePath+"/tasks/" + i1+"/links/" + i2+"/title",schemaPath:"#/properties/tasks/items/properties/links/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(data13.length < 1){
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
