import { build } from "esbuild";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
const bundled = await build({ entryPoints: [new URL("../src/normalize/skills.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "node", write: false, logLevel: "warning" });
const { findSkills } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
function* files(d) { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) yield* files(p); else yield p; } }
const count = new Map(); const sample = new Map();
for (const dir of process.argv.slice(2)) for (const f of files(dir)) {
  const seen = new Set();
  for (const line of readFileSync(f, "utf8").split("\n")) {
    const found = findSkills(line);
    if (new Set(found.map((m) => m.name)).size < 2) continue;
    const clean = line.replace(/\*\*|__|`|\[|\]\([^)]*\)/g, "");
    for (let item of clean.split(/[,;/()|]| and | or |: /)) {
      item = item.replace(/^[\s*•-]+|[\s.]+$/g, "").replace(/^(?:and|or|e\.g\.?|i\.e\.?|like|such as|including|etc)\s+/i, "");
      const words = item.split(/\s+/);
      if (!item || words.length > 3 || !/^[A-Z0-9]/.test(item) || /^\d+$/.test(item)) continue;
      if (findSkills(item).length) continue;
      if (seen.has(item)) continue;
      seen.add(item);
      count.set(item, (count.get(item) ?? 0) + 1);
      if (!sample.has(item)) sample.set(item, line.trim().slice(0, 140));
    }
  }
}
for (const [w, n] of [...count].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(String(n).padStart(4), w.padEnd(28), "|", sample.get(w));
