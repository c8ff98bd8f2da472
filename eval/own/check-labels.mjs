#!/usr/bin/env node
// Checks gold-label JSONL files against the shape LABELING.md fixes: every key present,
// no extra keys, each value of the right type and vocabulary. Exit 1 on any problem.
// Usage: node eval/own/check-labels.mjs FILE.jsonl [more.jsonl …] [--root ../shared]
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : null;

const KEYS = ["file", "title", "company", "applyUrl", "location", "salary", "employmentType",
  "seniority", "experienceYears", "requirements", "niceToHave", "responsibilities", "benefits",
  "skills", "notes"];
const LOC_KEYS = ["raw", "workplace", "countries", "regions", "cities"];
const SAL_KEYS = ["min", "max", "currency", "period", "raw"];
const WORKPLACE = ["remote", "hybrid", "onsite"];
const PERIOD = ["hour", "day", "week", "month", "year"];
const EMPLOYMENT = ["full-time", "part-time", "contract", "internship", "temporary"];
const SENIORITY = ["intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager",
  "director", "executive"];
const REGIONS = ["Worldwide", "Africa", "Americas", "APAC", "Asia", "EMEA", "Europe", "LATAM",
  "Middle East", "North America", "Oceania", "South America"];
// An item must be plain text: no bullet marker, no markdown emphasis or link syntax left
const MARKDOWN_LEFT_RE = /^\s*([*+-]|\d+\.)\s|\*\*|__|\]\(|^#/;

const isStr = (v) => typeof v === "string";
const strOrNull = (v) => v === null || isStr(v);
const numOrNull = (v) => v === null || (typeof v === "number" && Number.isFinite(v));
const sameKeys = (o, keys) => o && typeof o === "object" && !Array.isArray(o) &&
  Object.keys(o).length === keys.length && keys.every((k) => k in o);

let problems = 0;
for (const file of args) {
  const seen = new Set();
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const bad = (msg) => { problems++; console.error(`${where}: ${msg}`); };
    let o;
    try { o = JSON.parse(line); } catch (e) { return bad(`not JSON (${e.message})`); }
    if (!sameKeys(o, KEYS)) {
      return bad(`keys ${JSON.stringify(Object.keys(o))} are not exactly ${KEYS.join(",")}`);
    }
    if (!isStr(o.file) || !o.file) bad("file must be a non-empty string");
    else {
      if (seen.has(o.file)) bad(`duplicate file ${o.file}`);
      seen.add(o.file);
      if (root && !existsSync(join(root, o.file))) bad(`no such file under root: ${o.file}`);
    }
    for (const k of ["title", "company", "applyUrl", "employmentType", "seniority"]) {
      if (!strOrNull(o[k])) bad(`${k} must be string|null`);
      if (isStr(o[k]) && (o[k] !== o[k].trim() || !o[k])) bad(`${k} not trimmed/empty`);
    }
    if (o.employmentType !== null && !EMPLOYMENT.includes(o.employmentType)) bad(`employmentType ${o.employmentType}`);
    if (o.seniority !== null && !SENIORITY.includes(o.seniority)) bad(`seniority ${o.seniority}`);
    const L = o.location;
    if (!sameKeys(L, LOC_KEYS)) bad("location keys");
    else {
      if (!strOrNull(L.raw)) bad("location.raw must be string|null");
      if (L.workplace !== null && !WORKPLACE.includes(L.workplace)) bad(`workplace ${L.workplace}`);
      for (const k of ["countries", "regions", "cities"]) {
        if (!Array.isArray(L[k]) || !L[k].every(isStr)) bad(`location.${k} must be string[]`);
        else if (new Set(L[k]).size !== L[k].length) bad(`location.${k} not unique`);
      }
      if (Array.isArray(L.countries) && !L.countries.every((c) => /^[A-Z]{2}$/.test(c))) bad("countries must be ISO alpha-2 upper case");
      if (Array.isArray(L.regions) && !L.regions.every((r) => REGIONS.includes(r))) bad(`regions ${L.regions}`);
    }
    const S = o.salary;
    if (S !== null) {
      if (!sameKeys(S, SAL_KEYS)) bad("salary keys");
      else {
        if (!numOrNull(S.min) || !numOrNull(S.max)) bad("salary min/max must be number|null");
        if (S.min === null && S.max === null) bad("salary with no figure should be null");
        if (S.min !== null && S.max !== null && S.min > S.max) bad("salary min > max");
        if (S.currency !== null && !/^[A-Z]{3}$/.test(S.currency)) bad(`currency ${S.currency}`);
        if (S.period !== null && !PERIOD.includes(S.period)) bad(`period ${S.period}`);
        if (!isStr(S.raw) || !S.raw) bad("salary.raw must be a non-empty string");
      }
    }
    const E = o.experienceYears;
    if (E !== null) {
      if (!sameKeys(E, ["min", "max"]) || !numOrNull(E.min) || !numOrNull(E.max)) bad("experienceYears must be {min,max} of number|null");
    }
    for (const k of ["requirements", "niceToHave", "responsibilities", "benefits", "skills"]) {
      if (!Array.isArray(o[k]) || !o[k].every(isStr)) { bad(`${k} must be string[]`); continue; }
      for (const it of o[k]) {
        if (!it || it !== it.trim() || /\s{2,}|\n/.test(it)) bad(`${k} item not trimmed/collapsed: ${JSON.stringify(it).slice(0, 60)}`);
        if (MARKDOWN_LEFT_RE.test(it)) bad(`${k} item has markdown left: ${JSON.stringify(it).slice(0, 60)}`);
      }
    }
    if (Array.isArray(o.skills) && new Set(o.skills).size !== o.skills.length) bad("skills not unique");
    if (!isStr(o.notes)) bad("notes must be a string");
  });
  console.log(`${file}: ${seen.size} labels checked`);
}
if (problems) { console.error(`${problems} problem(s)`); process.exit(1); }
