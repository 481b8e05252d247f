// chrono.js runs chrono-node over the lines of JSON on its standard input,
// each {"text": ..., "ref": "YYYY-MM-DD" or ""}, and writes one line of JSON
// for each: the first date chrono finds (every date, as an array, when the
// line has "all": true), each end with its components and whether chrono
// is certain of each ("implied" values are chrono's guesses).
// Used by TestChronoComparison; run with NODE_PATH=$COOP_NPM/node_modules.
const chrono = require("chrono-node");
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
const comp = (c) => c && {
  year: c.get("year"), month: c.get("month"), day: c.get("day"),
  yearCertain: c.isCertain("year"), monthCertain: c.isCertain("month"), dayCertain: c.isCertain("day"),
};
for (const line of lines) {
  const {text, ref, all} = JSON.parse(line);
  const refDate = ref ? new Date(ref + "T12:00:00Z") : new Date("2026-12-01T12:00:00Z");
  const rs = chrono.parse(text, refDate);
  const out = (r) => ({index: r.index, text: r.text, start: comp(r.start), end: comp(r.end)});
  if (all) { console.log(JSON.stringify(rs.map(out))); continue; }
  if (rs.length === 0) { console.log("null"); continue; }
  const r = rs[0];
  console.log(JSON.stringify({index: r.index, text: r.text, start: comp(r.start), end: comp(r.end)}));
}
